import { unreachable } from '@muster/event-sourcing';
import { CrewIntakeErrors as E } from '../crew-intake.errors';
import { CrewIntakeState, IntakePerson } from '../crew-intake.state';

// Guards shared by several crew-intake decisions. Rules shared with the member decider live in
// member/domain/common-rules.ts.

/** Refuses an intake that was never opened, and one that is closed (completed or cancelled). */
export function requireOpen(state: CrewIntakeState): void {
  switch (state.status) {
    case 'none':
      throw E.notFound();
    case 'completed':
      throw E.alreadyCompleted();
    case 'cancelled':
      throw E.cancelled();
    case 'open':
      return;
    default:
      return unreachable(state.status);
  }
}

/** The person of this intake, or a 404 refusal. */
export function requirePerson(state: CrewIntakeState, personId: string): IntakePerson {
  const person = state.people.find((p) => p.personId === personId);
  if (!person) throw E.personNotFound(personId);
  return person;
}

/** The trimmed text, or '' when it is missing or not text: the caller names the refusal. */
export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
