import { DomainError } from './domain-error';

/** A calendar date as an ISO string, `YYYY-MM-DD`. Such strings compare correctly as strings. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?$/;

/** A date known to the year or month (`YYYY`, `YYYY-MM` with a month 01–12) or a full real `YYYY-MM-DD` date. */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (isIsoDate(value)) return true;
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? null : Number(m[2]);
  return month === null || (month >= 1 && month <= 12);
}

/** Throws INVALID_DATE (a rule violation) unless `value` is a real `YYYY-MM-DD` date. */
export function requireIsoDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new DomainError('INVALID_DATE', `${field} must be a calendar date written YYYY-MM-DD`, 'rule', {
      field,
      value,
    });
  }
}

/** The UTC calendar date of an instant (the decider's `now`). */
export function dateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/** Throws DATE_IN_FUTURE when a date that records something that happened lies after today. */
export function requireNotInFuture(value: IsoDate, field: string, now: Date): void {
  const today = dateOf(now);
  if (value > today) {
    throw new DomainError('DATE_IN_FUTURE', `${field} (${value}) cannot be later than today (${today})`, 'rule', {
      field,
      value,
      today,
    });
  }
}

/** Adds whole calendar months, clamping to the last day of a shorter month (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}
