import { Actor } from '../session.commands';
import { SessionErrors as E } from '../session.errors';
import { SessionState } from '../session.state';

/** The scheduled session, refused when there is none or when it is at a centre the caller does not command. */
export function sessionFor(state: SessionState, actor: Actor): NonNullable<SessionState['scheduled']> {
  if (state.scheduled === null) throw E.notFound();
  if (actor.centreIds !== null && !actor.centreIds.includes(state.scheduled.centreId)) throw E.outOfScope();
  return state.scheduled;
}

/** The member, refused unless enrolled in the session. */
export function enrolled(state: SessionState, memberId: string): string {
  if (!state.enrolled.includes(memberId)) throw E.notEnrolled();
  return memberId;
}
