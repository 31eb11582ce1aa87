import { requireIsoDate } from '@muster/event-sourcing';
import { ReturnFromLeave } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberReturnedFromLeave } from '../member.events';
import { MemberState } from '../member.state';
import { requireInService } from './guards';

/** Ends a member's leave, on or after the day it began (early returns are fine). */
export function returnFromLeave(command: ReturnFromLeave, state: MemberState): MemberReturnedFromLeave[] {
  requireInService(state);
  if (state.status !== 'on-leave' || state.leave === null) throw E.notOnLeave();
  requireIsoDate(command.returnedOn, 'returnedOn');
  if (command.returnedOn < state.leave.from) throw E.returnBeforeLeaveStarted();
  return [{ type: 'MemberReturnedFromLeave', data: { returnedOn: command.returnedOn } }];
}
