import { requireIsoDate } from '@muster/event-sourcing';
import { requireRoles, requireSealedIdentity, requireText } from '../common-rules';
import { ApplyForMembership } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberApplied } from '../member.events';
import { MemberState } from '../member.state';

/** Opens a member's record: the identity arrives sealed and stays sealed in the event. */
export function applyForMembership(command: ApplyForMembership, state: MemberState): MemberApplied[] {
  if (state.status !== 'prospective') throw E.alreadyExists();
  const callSign = requireText(command.callSign, E.callSignRequired);
  const rolesSought = requireRoles(command.rolesSought);
  requireSealedIdentity(command.identity);
  requireIsoDate(command.appliedOn, 'appliedOn');
  return [
    {
      type: 'MemberApplied',
      data: {
        memberId: command.memberId,
        callSign,
        rolesSought,
        preferredCentreId: command.preferredCentreId,
        identity: { keyId: command.identity.keyId, sealed: { ...command.identity.sealed } },
        appliedOn: command.appliedOn,
      },
    },
  ];
}
