import { IsoDate } from '@muster/event-sourcing';
import { CertificationEvent, CertificationStatus } from '../../../certification/domain/certification.events';

/** A span of days in one status: from `from` (inclusive) until `until` (exclusive; null: still so). */
export interface CertificationPeriod {
  readonly status: CertificationStatus;
  readonly from: IsoDate;
  readonly until: IsoDate | null;
  /** The last valid day as known in this period (null: it does not expire). */
  readonly expiresOn: IsoDate | null;
}

interface Held {
  readonly base: 'valid' | 'suspended' | 'revoked';
  readonly expiresOn: IsoDate | null;
}

/** The day an event takes effect and what it changes (null before the award). */
function effectOf(event: CertificationEvent): { on: IsoDate; apply: (h: Held | null) => Held | null } {
  switch (event.type) {
    case 'CertificationAwarded':
      return { on: event.data.issuedOn, apply: () => ({ base: 'valid', expiresOn: event.data.expiresOn }) };
    case 'CertificationRenewed':
      // A refresher extends it, also after it expired; a suspension or revocation stands.
      return { on: event.data.renewedOn, apply: (h) => h && { ...h, expiresOn: event.data.expiresOn } };
    case 'CertificationSuspended':
      return {
        on: event.data.suspendedOn,
        apply: (h) => h && (h.base === 'revoked' ? h : { ...h, base: 'suspended' }),
      };
    case 'CertificationReinstated':
      return { on: event.data.reinstatedOn, apply: (h) => h && (h.base === 'revoked' ? h : { ...h, base: 'valid' }) };
    case 'CertificationRevoked':
      return { on: event.data.revokedOn, apply: (h) => h && { ...h, base: 'revoked' } };
    case 'CertificationExpired':
      // The sweep's record of what the date already says: expiry is computed from `expiresOn` on every day.
      return { on: event.data.expiredOn, apply: (h) => h };
  }
}

const dayAfter = (day: IsoDate): IsoDate =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function statusOn(day: IsoDate, held: Held): CertificationStatus {
  if (held.base === 'revoked') return 'revoked';
  return held.expiresOn !== null && day > held.expiresOn ? 'expired' : held.base;
}

/**
 * A certification's status day by day, from its events in the order they were recorded: on each day the events in
 * effect by then apply, and it is expired on every day after its last valid day (`expiresOn`) unless revoked.
 */
export function certificationPeriods(events: readonly CertificationEvent[]): CertificationPeriod[] {
  const effects = events.map(effectOf);
  const heldOn = (day: IsoDate) => effects.filter((e) => e.on <= day).reduce<Held | null>((h, e) => e.apply(h), null);
  // The days anything changes: each event's, and the day after every last valid day it ever had.
  const days = new Set(effects.map((e) => e.on));
  for (const event of events) {
    const expiresOn =
      event.type === 'CertificationAwarded' || event.type === 'CertificationRenewed' ? event.data.expiresOn : null;
    if (expiresOn !== null) days.add(dayAfter(expiresOn));
  }
  const periods: CertificationPeriod[] = [];
  for (const day of [...days].sort()) {
    const held = heldOn(day);
    const next = held && { status: statusOn(day, held), expiresOn: held.expiresOn };
    const last = periods[periods.length - 1];
    if (last && next && last.status === next.status && last.expiresOn === next.expiresOn) continue;
    if (last) periods[periods.length - 1] = { ...last, until: day };
    if (next) periods.push({ ...next, from: day, until: null });
  }
  return periods;
}
