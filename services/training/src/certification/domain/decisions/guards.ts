import { IsoDate, requireIsoDate } from '@muster/event-sourcing';
import { CertificationErrors as E } from '../certification.errors';
import { CertificationStatus } from '../certification.events';
import { CertificationState } from '../certification.state';

type Held = NonNullable<CertificationState['held']>;

/** The certification, refused unless it was awarded and is in one of `statuses` for `action`. */
export function heldIn(state: CertificationState, action: string, statuses: readonly CertificationStatus[]): Held {
  if (state.held === null) throw E.notFound();
  if (!statuses.includes(state.held.status)) throw E.notInStatus(action, state.held.status, statuses);
  return state.held;
}

/** A real calendar date no earlier than the day the certification was issued. */
export function dayOf(held: Held, field: string, value: string): IsoDate {
  requireIsoDate(value, field);
  if (value < held.issuedOn) throw E.dateBeforeIssue(field, value, held.issuedOn);
  return value;
}

/** A reason, trimmed; refused when blank. */
export function reasonOf(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw E.detailsRequired('a reason');
  return trimmed;
}

/** The calendar day after `day`. */
export function dayAfter(day: IsoDate): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
