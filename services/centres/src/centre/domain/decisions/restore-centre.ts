import { DecisionContext } from '@muster/event-sourcing';
import { RestoreCentre } from '../centre.commands';
import { CentreStatusChanged } from '../centre.events';
import { CentreState } from '../centre.state';
import { changeStatus } from './status-transitions';

/** RestoreCentre: a degraded or repaired damaged centre is fully operational again. */
export function restoreCentre(
  command: RestoreCentre,
  state: CentreState,
  { now }: DecisionContext,
): CentreStatusChanged[] {
  return changeStatus(state, { kind: 'restored', note: command.note.trim() }, command.since, 'since', now);
}
