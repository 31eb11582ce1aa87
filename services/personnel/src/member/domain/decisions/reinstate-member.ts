import { requireIsoDate } from '@muster/event-sourcing';
import { ReinstateMember } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberReinstated } from '../member.events';
import { MemberState } from '../member.state';
import { requireInService } from './guards';
import { optionalPersonalText } from '../common-rules';

/** Ends a suspension, on or after the day it began. */
export function reinstateMember(command: ReinstateMember, state: MemberState): MemberReinstated[] {
  requireInService(state);
  if (state.status !== 'suspended') throw E.notSuspended();
  requireIsoDate(command.reinstatedOn, 'reinstatedOn');
  if (state.suspendedSince !== null && command.reinstatedOn < state.suspendedSince)
    throw E.reinstatementBeforeSuspension();
  return [
    {
      type: 'MemberReinstated',
      data: { reinstatedOn: command.reinstatedOn, notes: optionalPersonalText(command.notes) },
    },
  ];
}
