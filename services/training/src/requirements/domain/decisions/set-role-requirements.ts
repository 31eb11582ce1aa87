import { isMemberRole } from '@muster/contracts';
import { requireIsoDate } from '@muster/event-sourcing';
import { MAX_REQUIRED_COMPETENCIES, SetRoleRequirements } from '../role-requirements.commands';
import { RoleRequirementsErrors as E } from '../role-requirements.errors';
import { RoleRequirementsSet } from '../role-requirements.events';
import { requiredNow, RoleRequirementsState } from '../role-requirements.state';

const COMPETENCY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * SetRoleRequirements: from `effectiveOn` the role requires exactly these competencies (an empty list: nothing), with
 * the reason; the previous list is recorded beside the new one. Setting what is already required is refused, and so
 * is a date before the version in force (the same date replaces it: a correction on the day).
 */
export function setRoleRequirements(command: SetRoleRequirements, state: RoleRequirementsState): RoleRequirementsSet[] {
  if (!isMemberRole(command.role)) throw E.unknownRole(command.role);
  const invalid = command.competencies.find((c) => c.length > 60 || !COMPETENCY.test(c));
  if (invalid !== undefined) throw E.invalidCompetency(invalid);
  const competencies = [...new Set(command.competencies)].sort();
  if (competencies.length > MAX_REQUIRED_COMPETENCIES) throw E.tooMany();
  requireIsoDate(command.effectiveOn, 'effectiveOn');
  if (state.latest && command.effectiveOn < state.latest.effectiveOn)
    throw E.dateBeforeCurrent(state.latest.effectiveOn);
  const reason = command.reason.trim();
  if (reason === '') throw E.reasonRequired();
  const previous = [...requiredNow(state, command.role)];
  if (previous.join() === competencies.join()) throw E.unchanged();
  return [
    {
      type: 'RoleRequirementsSet',
      data: { role: command.role, competencies, effectiveOn: command.effectiveOn, previous, reason },
    },
  ];
}
