import { requireIsoDate } from '@muster/event-sourcing';
import { requirePersonalText, requireRoles } from '../common-rules';
import { ChangeMemberRoles } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberRole, MemberRolesChanged } from '../member.events';
import { MemberState } from '../member.state';
import { hasSeniorAuthority, requireInService } from './guards';

function sameRoles(a: readonly MemberRole[], b: readonly MemberRole[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/** Gives a member (not a suspended one) new roles; only an admin appoints a centre commander. */
export function changeMemberRoles(command: ChangeMemberRoles, state: MemberState): MemberRolesChanged[] {
  requireInService(state);
  if (state.status === 'suspended') throw E.suspended();
  const roles = requireRoles(command.roles);
  requireIsoDate(command.effectiveOn, 'effectiveOn');
  const reason = requirePersonalText(command.reason, () => E.reasonRequired('reason'));
  if (sameRoles(roles, state.roles)) throw E.rolesUnchanged();
  const appointsCommander = roles.includes('centre-commander') && !state.roles.includes('centre-commander');
  if (appointsCommander && !hasSeniorAuthority(command.actor)) throw E.commanderAppointmentForbidden();
  return [
    {
      type: 'MemberRolesChanged',
      data: { previousRoles: [...state.roles], roles, effectiveOn: command.effectiveOn, reason },
    },
  ];
}
