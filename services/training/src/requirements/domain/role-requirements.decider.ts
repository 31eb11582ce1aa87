import { Decider, unreachable } from '@muster/event-sourcing';
import { RoleRequirementsCommand } from './role-requirements.commands';
import { RoleRequirementsEvent } from './role-requirements.events';
import { initialRoleRequirementsState, RoleRequirementsState } from './role-requirements.state';
import { setRoleRequirements } from './decisions/set-role-requirements';

/**
 * One case per event type: a type without its case fails to compile. (`unreachable` takes the type: a union of one
 * event does not narrow to never.)
 */
function evolve(_state: RoleRequirementsState, event: RoleRequirementsEvent): RoleRequirementsState {
  switch (event.type) {
    case 'RoleRequirementsSet':
      return { latest: { competencies: event.data.competencies, effectiveOn: event.data.effectiveOn } };
    default:
      return unreachable(event.type);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: RoleRequirementsCommand, state: RoleRequirementsState): RoleRequirementsEvent[] {
  switch (command.type) {
    case 'SetRoleRequirements':
      return setRoleRequirements(command, state);
    default:
      return unreachable(command.type);
  }
}

export const roleRequirementsDecider: Decider<RoleRequirementsCommand, RoleRequirementsState, RoleRequirementsEvent> = {
  initialState: initialRoleRequirementsState,
  evolve,
  decide,
};
