import { requirePersonalText, requireSealedIdentity } from '../common-rules';
import { UpdateIdentity } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberIdentityUpdated } from '../member.events';
import { MemberState } from '../member.state';
import { requireOpenRecord } from './guards';

/** Records a re-sealed identity, sealed with the member's own key so that erasure still shreds every copy. */
export function updateIdentity(command: UpdateIdentity, state: MemberState): MemberIdentityUpdated[] {
  requireOpenRecord(state);
  if (state.identity?.erased) throw E.identityErased();
  requireSealedIdentity(command.identity);
  if (command.identity.keyId !== state.identity?.keyId) throw E.identityKeyMismatch();
  const reason = requirePersonalText(command.reason, () => E.reasonRequired('reason'));
  return [
    {
      type: 'MemberIdentityUpdated',
      data: { identity: { keyId: command.identity.keyId, sealed: { ...command.identity.sealed } }, reason },
    },
  ];
}
