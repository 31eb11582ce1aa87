import { DecisionContext } from '@muster/event-sourcing';
import { ClearHazard } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { HazardCleared } from '../centre.events';
import { CentreState } from '../centre.state';
import { openHazard, requirePastDate, requireText } from './guards';

/**
 * ClearHazard: an open hazard (cordoned or not) is cleared — by whom (a team, an organisation) and how — no earlier
 * than it was reported or cordoned.
 */
export function clearHazard(command: ClearHazard, state: CentreState, { now }: DecisionContext): HazardCleared[] {
  const hazard = openHazard(state, command.hazardId);
  const clearedOn = requirePastDate(command.clearedOn, 'clearedOn', now);
  const earliest = hazard.cordonedOn ?? hazard.reportedOn;
  if (clearedOn < earliest) throw E.hazardDateTooEarly('clearedOn', earliest);
  return [
    {
      type: 'HazardCleared',
      data: {
        hazardId: command.hazardId,
        clearedOn,
        clearedBy: requireText(command.clearedBy, 'who cleared the hazard'),
        method: requireText(command.method, 'how the hazard was cleared'),
        recordedBy: command.recordedBy,
      },
    },
  ];
}
