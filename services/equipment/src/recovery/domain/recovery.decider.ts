import { Decider, unreachable } from '@muster/event-sourcing';
import { RecoveryCommand } from './recovery.commands';
import { RecoveryEvent } from './recovery.events';
import { RecoveryState, initialRecoveryState } from './recovery.state';
import { openRecovery } from './decisions/open-recovery';
import { resolveRecoveryItem } from './decisions/resolve-recovery-item';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: RecoveryState, event: RecoveryEvent): RecoveryState {
  switch (event.type) {
    case 'RecoveryOpened': {
      const { recoveryId, memberId, items } = event.data;
      const outstanding: Record<string, number> = {};
      for (const item of items) outstanding[item.itemId] = (outstanding[item.itemId] ?? 0) + item.quantity;
      return { recoveryId, memberId, outstanding };
    }
    case 'ItemRecovered': {
      const { itemId, quantity } = event.data;
      const left = (state.outstanding[itemId] ?? 0) - quantity;
      const rest = Object.fromEntries(Object.entries(state.outstanding).filter(([id]) => id !== itemId));
      return { ...state, outstanding: left > 0 ? { ...rest, [itemId]: left } : rest };
    }
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: RecoveryCommand, state: RecoveryState): RecoveryEvent[] {
  switch (command.type) {
    case 'OpenRecovery':
      return openRecovery(command, state);
    case 'ResolveRecoveryItem':
      return resolveRecoveryItem(command, state);
    default:
      return unreachable(command);
  }
}

export const recoveryDecider: Decider<RecoveryCommand, RecoveryState, RecoveryEvent> = {
  initialState: initialRecoveryState,
  evolve,
  decide,
};
