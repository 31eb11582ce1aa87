import type { Role } from '@muster/contracts';
import { unreachable } from '@muster/event-sourcing';
import { IsoDate, requireIsoDate, requireNotInFuture } from '@muster/event-sourcing';
import { Actor } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberState, MemberStatus } from '../member.state';

// Guards shared by several member decisions. Rules shared with the crew intake live in ../common-rules.ts.

const IN_SERVICE: readonly MemberStatus[] = ['active', 'suspended', 'on-leave'];

/** Refuses a closed record (death, departure, rejection) and a record that does not exist. */
export function requireOpenRecord(state: MemberState): void {
  switch (state.status) {
    case 'prospective':
      throw E.notFound();
    case 'rejected':
      throw E.applicationRejected();
    case 'killed':
      throw E.deceased();
    case 'departed':
      throw E.departed();
    case 'applied':
    case 'cleared':
    case 'active':
    case 'suspended':
    case 'on-leave':
      return;
    default:
      return unreachable(state.status);
  }
}

/** An open record of someone onboarded: active, suspended or on leave. */
export function requireInService(state: MemberState): void {
  requireOpenRecord(state);
  if (!IN_SERVICE.includes(state.status)) throw E.notOnboarded();
}

/**
 * The date that closes a record (death, departure), whether recorded or corrected: a real date, not in the future,
 * not before the member started nor before their last assignment began.
 */
export function checkFinalDate(date: unknown, field: string, state: MemberState, now: Date): asserts date is IsoDate {
  requireIsoDate(date, field);
  requireNotInFuture(date, field, now);
  if (state.startedOn !== null && date < state.startedOn) throw E.dateBeforeStart(field);
  const since = state.assignments[state.assignments.length - 1]?.from;
  if (since !== undefined && date < since) throw E.dateBeforeLastAssignment(field, since);
}

/** Muster has no HR-manager role: appointing a centre commander and dismissing a member are reserved to admins. */
const SENIOR_AUTHORITY: readonly Role[] = ['admin'];
export function hasSeniorAuthority(actor: Actor): boolean {
  return actor.roles.some((r) => SENIOR_AUTHORITY.includes(r));
}
