import { DecisionContext } from '@muster/event-sourcing';
import { RecordDeparture } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberDeparted } from '../member.events';
import { MemberState } from '../member.state';
import { checkFinalDate, hasSeniorAuthority, requireInService } from './guards';
import { optionalPersonalText } from '../common-rules';

/** Closes the record of a member who leaves; only an admin dismisses, and says why. */
export function recordDeparture(
  command: RecordDeparture,
  state: MemberState,
  { now }: DecisionContext,
): MemberDeparted[] {
  requireInService(state);
  checkFinalDate(command.departedOn, 'departedOn', state, now);
  if (command.reason === 'dismissed' && !hasSeniorAuthority(command.actor)) {
    throw E.dismissalForbidden();
  }
  const notes = optionalPersonalText(command.notes);
  if (command.reason === 'dismissed' && notes === '') throw E.reasonRequired('notes');
  return [{ type: 'MemberDeparted', data: { departedOn: command.departedOn, reason: command.reason, notes } }];
}
