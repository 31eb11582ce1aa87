import { DecisionContext } from '@muster/event-sourcing';
import { CommissionCentre } from '../centre.commands';
import { CentreStatusChanged } from '../centre.events';
import { CentreState } from '../centre.state';
import { changeStatus } from './status-transitions';

/** CommissionCentre: a planned (or rebuilt) centre starts working. */
export function commissionCentre(
  command: CommissionCentre,
  state: CentreState,
  { now }: DecisionContext,
): CentreStatusChanged[] {
  return changeStatus(state, { kind: 'commissioned' }, command.since, 'since', now);
}
