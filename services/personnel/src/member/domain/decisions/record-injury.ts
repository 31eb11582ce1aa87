import { DecisionContext } from '@muster/event-sourcing';
import { requireIsoDate, requireNotInFuture } from '@muster/event-sourcing';
import { RecordInjury } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberInjured } from '../member.events';
import { MemberState } from '../member.state';
import { requireInService } from './guards';
import { optionalPersonalText } from '../common-rules';

/** Records an injury, on or off duty; one in the line of duty names its incident. */
export function recordInjury(command: RecordInjury, state: MemberState, { now }: DecisionContext): MemberInjured[] {
  requireInService(state);
  requireIsoDate(command.injuredOn, 'injuredOn');
  requireNotInFuture(command.injuredOn, 'injuredOn', now);
  const incidentRef = command.incidentRef?.trim() || null;
  if (command.inLineOfDuty && incidentRef === null) throw E.incidentRefRequired();
  return [
    {
      type: 'MemberInjured',
      data: {
        injuredOn: command.injuredOn,
        inLineOfDuty: command.inLineOfDuty,
        incidentRef,
        description: optionalPersonalText(command.description),
      },
    },
  ];
}
