import { IsoDate } from '@muster/event-sourcing';
import { CentreErrors as E } from '../centre.errors';
import { CentreStatus, CentreStatusChanged, StatusChange, StatusChangeKind } from '../centre.events';
import { CentreState } from '../centre.state';
import { requirePastDate, requireRegistered } from './guards';

/**
 * The status machine: each transition, the status it leads to and the statuses it may start from. Anything else is
 * refused — from a destroyed centre with CENTRE_DESTROYED (only a recorded rebuild decision brings it back, as
 * planned), otherwise with STATUS_TRANSITION_NOT_ALLOWED.
 */
export const TRANSITIONS: Readonly<Record<StatusChangeKind, { to: CentreStatus; from: readonly CentreStatus[] }>> = {
  commissioned: { to: 'operational', from: ['planned'] },
  degraded: { to: 'degraded', from: ['operational'] },
  restored: { to: 'operational', from: ['degraded', 'damaged'] },
  damaged: { to: 'damaged', from: ['planned', 'operational', 'degraded', 'closed'] },
  destroyed: { to: 'destroyed', from: ['planned', 'operational', 'degraded', 'damaged', 'closed'] },
  closed: { to: 'closed', from: ['planned', 'operational', 'degraded', 'damaged'] },
  reopened: { to: 'operational', from: ['closed'] },
  'rebuild-decided': { to: 'planned', from: ['destroyed'] },
};

/**
 * One status change: legal from the current status, dated (field `field`) on a real day, not in the future and not
 * before the current status began. Every change is a `CentreStatusChanged`, which other services follow.
 */
export function changeStatus(
  state: CentreState,
  change: StatusChange,
  since: IsoDate,
  field: string,
  now: Date,
): CentreStatusChanged[] {
  const { centreId, status } = requireRegistered(state);
  const transition = TRANSITIONS[change.kind];
  if (!transition.from.includes(status)) {
    throw status === 'destroyed' ? E.destroyed() : E.transitionNotAllowed(status, transition.to);
  }
  requirePastDate(since, field, now);
  if (state.statusSince !== null && since < state.statusSince)
    throw E.statusDateBeforeCurrent(field, state.statusSince);
  return [
    { type: 'CentreStatusChanged', data: { centreId, status: transition.to, since, previousStatus: status, change } },
  ];
}
