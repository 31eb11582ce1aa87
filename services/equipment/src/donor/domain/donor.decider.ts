import { Decider, unreachable } from '@muster/event-sourcing';
import { DonorCommand } from './donor.commands';
import { DonorEvent } from './donor.events';
import { DonorState, initialDonorState } from './donor.state';
import { recordDonor } from './decisions/record-donor';
import { updateDonor } from './decisions/update-donor';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: DonorState, event: DonorEvent): DonorState {
  switch (event.type) {
    case 'DonorRecorded': {
      const { donorId, ...details } = event.data;
      return { ...state, donorId, details };
    }
    case 'DonorDetailsUpdated':
      return { ...state, details: event.data };
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: DonorCommand, state: DonorState): DonorEvent[] {
  switch (command.type) {
    case 'RecordDonor':
      return recordDonor(command, state);
    case 'UpdateDonor':
      return updateDonor(command, state);
    default:
      return unreachable(command);
  }
}

export const donorDecider: Decider<DonorCommand, DonorState, DonorEvent> = {
  initialState: initialDonorState,
  evolve,
  decide,
};
