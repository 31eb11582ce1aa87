import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { ReturnItem } from '../item.commands';
import { ItemReturned } from '../item.events';
import { ItemState } from '../item.state';
import { requireActive, requireHeld } from './guards';

/** ReturnItem: back into the centre's stock from whoever holds it, in good order or damaged. */
export function returnItem(command: ReturnItem, state: ItemState, { now }: DecisionContext): ItemReturned[] {
  requireActive(state);
  requireHeld(state, command.holder, command.quantity);
  requireNotInFuture(command.returnedOn, 'returnedOn', now);
  return [
    {
      type: 'ItemReturned',
      data: {
        itemId: state.itemId,
        centreId: state.centreId,
        holder: command.holder,
        quantity: command.quantity,
        returnedOn: command.returnedOn,
        condition: command.condition,
      },
    },
  ];
}
