import { DecisionContext } from '@muster/event-sourcing';
import { DecideRebuild } from '../centre.commands';
import { CentreStatusChanged } from '../centre.events';
import { CentreState } from '../centre.state';
import { requireText } from './guards';
import { changeStatus } from './status-transitions';

/**
 * DecideRebuild: the one way back from destroyed — a recorded decision (its reference, who recorded it) that makes
 * the centre planned again; it becomes operational when it is commissioned.
 */
export function decideRebuild(
  command: DecideRebuild,
  state: CentreState,
  { now }: DecisionContext,
): CentreStatusChanged[] {
  const change = {
    kind: 'rebuild-decided' as const,
    decisionRef: requireText(command.decisionRef, 'the reference of the decision to rebuild'),
    decidedBy: command.decidedBy,
    note: command.note.trim(),
  };
  return changeStatus(state, change, command.decidedOn, 'decidedOn', now);
}
