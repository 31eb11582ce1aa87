import { DecisionContext } from '@muster/event-sourcing';
import { ReopenCentre } from '../centre.commands';
import { CentreStatusChanged } from '../centre.events';
import { CentreState } from '../centre.state';
import { changeStatus } from './status-transitions';

/** ReopenCentre: a closed centre works again. */
export function reopenCentre(
  command: ReopenCentre,
  state: CentreState,
  { now }: DecisionContext,
): CentreStatusChanged[] {
  return changeStatus(state, { kind: 'reopened', note: command.note.trim() }, command.since, 'since', now);
}
