import { requireIsoDate } from '@muster/event-sourcing';
import { requirePersonalText } from '../common-rules';
import { StartLeave } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberWentOnLeave } from '../member.events';
import { MemberState } from '../member.state';
import { requireInService } from './guards';

/** Puts an active member (not a suspended one) on leave for a period of at least one day. */
export function startLeave(command: StartLeave, state: MemberState): MemberWentOnLeave[] {
  requireInService(state);
  if (state.status === 'on-leave') throw E.alreadyOnLeave();
  if (state.status === 'suspended') throw E.suspended();
  requireIsoDate(command.from, 'from');
  requireIsoDate(command.until, 'until');
  if (command.until < command.from) throw E.leaveEndsBeforeItStarts();
  const reason = requirePersonalText(command.reason, () => E.reasonRequired('reason'));
  return [{ type: 'MemberWentOnLeave', data: { from: command.from, until: command.until, reason } }];
}
