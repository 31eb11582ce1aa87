import { DecisionContext } from '@muster/event-sourcing';
import { RelocateCentre } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { CentreRelocated } from '../centre.events';
import { CentreState } from '../centre.state';
import { requirePastDate, requireRegistered, requireText, sameSite, siteOf } from './guards';

/**
 * RelocateCentre: the centre moves to another building and stays the same centre (its id, and so everything assigned
 * to it, is kept); the move is dated, with its reason, no earlier than the move to the current site.
 */
export function relocateCentre(
  command: RelocateCentre,
  state: CentreState,
  { now }: DecisionContext,
): CentreRelocated[] {
  requireRegistered(state);
  const to = siteOf(command.site);
  if (state.site !== null && sameSite(state.site, to)) throw E.alreadyAtSite();
  const relocatedOn = requirePastDate(command.relocatedOn, 'relocatedOn', now);
  if (state.siteSince !== null && relocatedOn < state.siteSince) throw E.relocationBeforeCurrentSite(state.siteSince);
  const reason = requireText(command.reason, 'a reason for the move');
  return [{ type: 'CentreRelocated', data: { from: state.site, to, relocatedOn, reason } }];
}
