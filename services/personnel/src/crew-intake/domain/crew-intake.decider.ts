import { Decider, unreachable } from '@muster/event-sourcing';
import { CrewIntakeCommand } from './crew-intake.commands';
import { CrewIntakeEvent } from './crew-intake.events';
import { CrewIntakeState, IntakePerson, initialCrewIntakeState } from './crew-intake.state';
import { addIntakePerson } from './decisions/add-intake-person';
import { cancelCrewIntake } from './decisions/cancel-crew-intake';
import { completeCrewIntake } from './decisions/complete-crew-intake';
import { mapPriorRanks } from './decisions/map-prior-ranks';
import { openCrewIntake } from './decisions/open-crew-intake';
import { vetIntakePerson } from './decisions/vet-intake-person';

// The state is defined in crew-intake.state.ts (the decisions read it too); this file stays its public address.
export { initialCrewIntakeState } from './crew-intake.state';
export type { CrewIntakeState, IntakePerson, IntakeVetting } from './crew-intake.state';

function updatePerson(state: CrewIntakeState, personId: string, change: Partial<IntakePerson>): CrewIntakeState {
  return { ...state, people: state.people.map((p) => (p.personId === personId ? { ...p, ...change } : p)) };
}

function evolve(state: CrewIntakeState, event: CrewIntakeEvent): CrewIntakeState {
  switch (event.type) {
    case 'CrewIntakeOpened':
      return {
        ...state,
        status: 'open',
        intakeId: event.data.intakeId,
        receivingCentreId: event.data.receivingCentreId,
        openedOn: event.data.openedOn,
      };
    case 'IntakePersonAdded':
      return {
        ...state,
        people: [
          ...state.people,
          {
            personId: event.data.personId,
            callSign: event.data.callSign,
            identity: event.data.identity,
            priorService: event.data.priorService,
            vetting: null,
            roles: null,
          },
        ],
      };
    case 'IntakePersonVetted':
      return updatePerson(state, event.data.personId, {
        vetting: {
          outcome: event.data.outcome,
          vettedBy: event.data.vettedBy,
          vettedOn: event.data.vettedOn,
          notes: event.data.notes,
        },
      });
    case 'IntakePersonRolesMapped':
      return updatePerson(state, event.data.personId, { roles: event.data.roles });
    case 'CrewIntakeCompleted':
      return {
        ...state,
        status: 'completed',
        completion: { completedOn: event.data.completedOn, probationEndsOn: event.data.probationEndsOn },
      };
    case 'CrewIntakeCancelled':
      return { ...state, status: 'cancelled' };
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: CrewIntakeCommand, state: CrewIntakeState): CrewIntakeEvent[] {
  switch (command.type) {
    case 'OpenCrewIntake':
      return openCrewIntake(command, state);
    case 'AddIntakePerson':
      return addIntakePerson(command, state);
    case 'VetIntakePerson':
      return vetIntakePerson(command, state);
    case 'MapPriorRanks':
      return mapPriorRanks(command, state);
    case 'CompleteCrewIntake':
      return completeCrewIntake(command, state);
    case 'CancelCrewIntake':
      return cancelCrewIntake(command, state);
    default:
      return unreachable(command);
  }
}

export const crewIntakeDecider: Decider<CrewIntakeCommand, CrewIntakeState, CrewIntakeEvent> = {
  initialState: initialCrewIntakeState,
  evolve,
  decide,
};
