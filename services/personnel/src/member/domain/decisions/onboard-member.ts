import { requireIsoDate } from '@muster/event-sourcing';
import { requireRoles, requireText } from '../common-rules';
import { OnboardMember } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberOnboarded } from '../member.events';
import { MemberState } from '../member.state';
import { hasSeniorAuthority, requireOpenRecord } from './guards';

/** Makes a cleared applicant a member at a centre, directly or from an integrated crew (on probation). */
export function onboardMember(command: OnboardMember, state: MemberState): MemberOnboarded[] {
  requireOpenRecord(state);
  if (state.status === 'applied') throw E.notCleared();
  if (state.status !== 'cleared') throw E.alreadyOnboarded();
  const centreId = requireText(command.centreId, E.centreRequired);
  const roles = requireRoles(command.roles);
  if (roles.includes('centre-commander') && !hasSeniorAuthority(command.actor)) throw E.commanderAppointmentForbidden();
  requireIsoDate(command.startsOn, 'startsOn');
  if (state.appliedOn !== null && command.startsOn < state.appliedOn) throw E.startBeforeApplication();
  const probationEndsOn = command.origin.probationEndsOn;
  if (probationEndsOn !== null) {
    requireIsoDate(probationEndsOn, 'origin.probationEndsOn');
    if (probationEndsOn <= command.startsOn) throw E.probationEndsBeforeStart();
  }
  return [{ type: 'MemberOnboarded', data: { centreId, roles, startsOn: command.startsOn, origin: command.origin } }];
}
