import { Decider, DecisionContext, unreachable } from '@muster/event-sourcing';
import { ItemCommand } from './item.commands';
import { Holder, ItemEvent } from './item.events';
import { holderKey } from './decisions/guards';
import { ItemState, initialItemState } from './item.state';
import { registerItem } from './decisions/register-item';
import { issueItem } from './decisions/issue-item';
import { returnItem } from './decisions/return-item';
import { recordItemDamage } from './decisions/record-item-damage';
import { writeOffItem } from './decisions/write-off-item';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: ItemState, event: ItemEvent): ItemState {
  switch (event.type) {
    case 'ItemRegistered': {
      const { itemId, centreId, serialNumber, quantity } = event.data;
      return { ...state, itemId, centreId, serial: serialNumber !== null, inStock: quantity };
    }
    case 'ItemIssued': {
      const key = holderKey(event.data.holder);
      return {
        ...state,
        inStock: state.inStock - event.data.quantity,
        holdings: { ...state.holdings, [key]: (state.holdings[key] ?? 0) + event.data.quantity },
      };
    }
    case 'ItemReturned':
      return {
        ...withoutHeld(state, event.data.holder, event.data.quantity),
        inStock: state.inStock + event.data.quantity,
        damaged: state.damaged || event.data.condition === 'damaged',
      };
    case 'ItemDamaged':
      return { ...state, damaged: true };
    case 'ItemWrittenOff': {
      const { holder, quantity, reason } = event.data;
      const next =
        holder === null ? { ...state, inStock: state.inStock - quantity } : withoutHeld(state, holder, quantity);
      const remaining = next.inStock + Object.values(next.holdings).reduce((sum, n) => sum + n, 0);
      return { ...next, writtenOff: remaining === 0 ? reason : null };
    }
    default:
      return unreachable(event);
  }
}

/** The holder has `quantity` fewer; one left with none is no longer a holder. */
function withoutHeld(state: ItemState, holder: Holder, quantity: number): ItemState {
  const key = holderKey(holder);
  const left = (state.holdings[key] ?? 0) - quantity;
  const holdings = Object.fromEntries(Object.entries(state.holdings).filter(([k]) => k !== key));
  return { ...state, holdings: left > 0 ? { ...holdings, [key]: left } : holdings };
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: ItemCommand, state: ItemState, context: DecisionContext): ItemEvent[] {
  switch (command.type) {
    case 'RegisterItem':
      return registerItem(command, state, context);
    case 'IssueItem':
      return issueItem(command, state, context);
    case 'ReturnItem':
      return returnItem(command, state, context);
    case 'RecordItemDamage':
      return recordItemDamage(command, state, context);
    case 'WriteOffItem':
      return writeOffItem(command, state, context);
    default:
      return unreachable(command);
  }
}

export const itemDecider: Decider<ItemCommand, ItemState, ItemEvent> = {
  initialState: initialItemState,
  evolve,
  decide,
};
