import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { WriteOffItem } from '../item.commands';
import { ItemErrors as E } from '../item.errors';
import { ItemWrittenOff } from '../item.events';
import { ItemState } from '../item.state';
import { requireActive, requireHeld, requiredText } from './guards';

/**
 * WriteOffItem: lost, stolen, destroyed, beyond repair or never recovered, with its evidence — from a holder, or
 * from the centre's stock (holder null). A serial item goes whole.
 */
export function writeOffItem(command: WriteOffItem, state: ItemState, { now }: DecisionContext): ItemWrittenOff[] {
  requireActive(state);
  if (state.serial && command.quantity !== 1) throw E.serialQuantity();
  if (command.holder === null) {
    if (command.quantity > state.inStock) throw E.notEnoughInStock(state.inStock, command.quantity);
  } else {
    requireHeld(state, command.holder, command.quantity);
  }
  requireNotInFuture(command.writtenOffOn, 'writtenOffOn', now);
  return [
    {
      type: 'ItemWrittenOff',
      data: {
        itemId: state.itemId,
        holder: command.holder,
        quantity: command.quantity,
        reason: command.reason,
        evidenceRef: requiredText(command.evidenceRef, E.evidenceRequired),
        writtenOffOn: command.writtenOffOn,
      },
    },
  ];
}
