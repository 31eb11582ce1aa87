import { requireIsoDate } from '@muster/event-sourcing';
import { requirePersonalText, requireText } from '../common-rules';
import { TransferMember } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberTransferred } from '../member.events';
import { MemberState, currentCentreOf } from '../member.state';
import { requireInService } from './guards';

/**
 * Moves a member (not a suspended one) to another centre, from a date on or after their current assignment began;
 * when the move names the centre it starts from, only a member still there.
 */
export function transferMember(command: TransferMember, state: MemberState): MemberTransferred[] {
  requireInService(state);
  if (state.status === 'suspended') throw E.suspended();
  const toCentreId = requireText(command.toCentreId, E.centreRequired);
  requireIsoDate(command.effectiveOn, 'effectiveOn');
  const reason = requirePersonalText(command.reason, () => E.reasonRequired('reason'));
  const fromCentreId = currentCentreOf(state) ?? '';
  if (command.fromCentreId !== undefined && command.fromCentreId !== fromCentreId)
    throw E.notAtCentre(command.fromCentreId);
  if (toCentreId === fromCentreId) throw E.transferToSameCentre();
  const since = state.assignments[state.assignments.length - 1]?.from;
  if (since !== undefined && command.effectiveOn < since) throw E.transferBeforeCurrentAssignment(since);
  return [{ type: 'MemberTransferred', data: { fromCentreId, toCentreId, effectiveOn: command.effectiveOn, reason } }];
}
