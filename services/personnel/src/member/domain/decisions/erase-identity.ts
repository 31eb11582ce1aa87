import { DecisionContext } from '@muster/event-sourcing';
import { dateOf } from '@muster/event-sourcing';
import { requireText } from '../common-rules';
import { EraseIdentity } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberIdentityErased } from '../member.events';
import { MemberState } from '../member.state';

/** Records the crypto-shredding of the member's identity, dated the day it is decided. */
export function eraseIdentity(
  command: EraseIdentity,
  state: MemberState,
  { now }: DecisionContext,
): MemberIdentityErased[] {
  // Allowed on closed records too: erasure protects the person (and the families of the fallen) long after
  // service ends, and the operational history stays readable.
  if (state.status === 'prospective' || state.identity === null) throw E.notFound();
  if (state.identity.erased) throw E.identityAlreadyErased();
  const reason = requireText(command.reason, () => E.reasonRequired('reason'));
  return [{ type: 'MemberIdentityErased', data: { keyId: state.identity.keyId, erasedOn: dateOf(now), reason } }];
}
