import { DecisionContext } from '@muster/event-sourcing';
import { optionalPersonalText, requireText } from '../common-rules';
import { RecordDeathInLineOfDuty } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberKilledInLineOfDuty } from '../member.events';
import { MemberState, currentCentreOf } from '../member.state';
import { checkFinalDate, requireInService } from './guards';

/**
 * Closes the record of a member killed in the line of duty, with the incident, and the centre and roles they held
 * (what other services need to stop reminders and recover equipment).
 */
export function recordDeathInLineOfDuty(
  command: RecordDeathInLineOfDuty,
  state: MemberState,
  { now }: DecisionContext,
): MemberKilledInLineOfDuty[] {
  requireInService(state);
  checkFinalDate(command.diedOn, 'diedOn', state, now);
  const incidentRef = requireText(command.incidentRef, E.incidentRefRequired);
  return [
    {
      type: 'MemberKilledInLineOfDuty',
      data: {
        diedOn: command.diedOn,
        incidentRef,
        centreId: currentCentreOf(state) ?? '',
        roles: [...state.roles],
        circumstances: optionalPersonalText(command.circumstances),
      },
    },
  ];
}
