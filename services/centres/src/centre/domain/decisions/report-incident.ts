import { DecisionContext } from '@muster/event-sourcing';
import { ReportIncident } from '../centre.commands';
import { CentreStatusChanged } from '../centre.events';
import { CentreState } from '../centre.state';
import { requireText } from './guards';
import { changeStatus } from './status-transitions';

/**
 * ReportIncident: the centre was damaged or destroyed, with the incident behind it — cause, day, the incident
 * reference if there is one, whether people were hurt, what happened. The status dates from the incident.
 */
export function reportIncident(
  command: ReportIncident,
  state: CentreState,
  { now }: DecisionContext,
): CentreStatusChanged[] {
  const incident = {
    cause: command.cause,
    occurredOn: command.occurredOn,
    incidentRef: command.incidentRef?.trim() || null,
    casualties: command.casualties,
    description: requireText(command.description, 'a description of what happened'),
  };
  return changeStatus(state, { kind: command.outcome, incident }, command.occurredOn, 'occurredOn', now);
}
