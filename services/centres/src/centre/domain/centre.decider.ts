import { Decider, unreachable } from '@muster/event-sourcing';
import { CentreCommand } from './centre.commands';
import { CentreEvent } from './centre.events';
import { CentreState, initialCentreState } from './centre.state';
import { registerCentre } from './decisions/register-centre';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: CentreState, event: CentreEvent): CentreState {
  switch (event.type) {
    case 'CentreRegistered':
      return { ...state, centreId: event.data.centreId };
    default:
      return unreachable(event.type);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: CentreCommand, state: CentreState): CentreEvent[] {
  switch (command.type) {
    case 'RegisterCentre':
      return registerCentre(command, state);
    default:
      return unreachable(command.type);
  }
}

export const centreDecider: Decider<CentreCommand, CentreState, CentreEvent> = {
  initialState: initialCentreState,
  evolve,
  decide,
};
