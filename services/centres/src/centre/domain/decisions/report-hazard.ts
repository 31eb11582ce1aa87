import { DecisionContext } from '@muster/event-sourcing';
import { ReportHazard } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { HazardReported } from '../centre.events';
import { CentreState } from '../centre.state';
import { requirePastDate, requireRegistered, requireText } from './guards';

/** ReportHazard: a hazard found on site (at a centre in any state: rubble hides ordnance too), where and how bad. */
export function reportHazard(command: ReportHazard, state: CentreState, { now }: DecisionContext): HazardReported[] {
  requireRegistered(state);
  if (state.hazards[command.hazardId]) throw E.hazardAlreadyReported();
  return [
    {
      type: 'HazardReported',
      data: {
        hazardId: command.hazardId,
        kind: command.kind,
        location: requireText(command.location, 'where the hazard is'),
        severity: command.severity,
        description: command.description.trim(),
        reportedOn: requirePastDate(command.reportedOn, 'reportedOn', now),
        reportedBy: command.reportedBy,
      },
    },
  ];
}
