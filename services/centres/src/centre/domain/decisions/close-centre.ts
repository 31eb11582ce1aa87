import { DecisionContext, requireIsoDate } from '@muster/event-sourcing';
import { CloseCentre } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { CentreStatusChanged } from '../centre.events';
import { CentreState } from '../centre.state';
import { requireText } from './guards';
import { changeStatus } from './status-transitions';

/** CloseCentre: the centre stops working, with the reason and, if known, when it should reopen (after closing). */
export function closeCentre(command: CloseCentre, state: CentreState, { now }: DecisionContext): CentreStatusChanged[] {
  const reason = requireText(command.reason, 'a reason for the closure');
  const estimatedReopeningOn = command.estimatedReopeningOn;
  if (estimatedReopeningOn !== null) {
    requireIsoDate(estimatedReopeningOn, 'estimatedReopeningOn');
    if (estimatedReopeningOn <= command.since) throw E.reopeningBeforeClosure();
  }
  return changeStatus(state, { kind: 'closed', reason, estimatedReopeningOn }, command.since, 'since', now);
}
