import { requireIsoDate } from '@muster/event-sourcing';
import { requirePersonalText } from '../common-rules';
import { SuspendMember } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberSuspended } from '../member.events';
import { MemberState } from '../member.state';
import { requireInService } from './guards';

/** Suspends an active member (not one on leave), with a reason. */
export function suspendMember(command: SuspendMember, state: MemberState): MemberSuspended[] {
  requireInService(state);
  if (state.status === 'suspended') throw E.alreadySuspended();
  if (state.status === 'on-leave') throw E.onLeave();
  requireIsoDate(command.since, 'since');
  const reason = requirePersonalText(command.reason, () => E.reasonRequired('reason'));
  return [{ type: 'MemberSuspended', data: { since: command.since, reason } }];
}
