import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { DonorErrors } from '../../../donor/domain/donor.errors';
import { RegisterItem } from '../item.commands';
import { ItemErrors as E } from '../item.errors';
import { ItemRegistered } from '../item.events';
import { ItemState } from '../item.state';
import { requiredText } from './guards';

/**
 * RegisterItem: an item enters a centre's stock once — one serial-numbered item, or a counted consumable with its
 * unit — with the donor the register holds (or none: own funds).
 */
export function registerItem(command: RegisterItem, state: ItemState, { now }: DecisionContext): ItemRegistered[] {
  if (state.itemId !== null) throw E.alreadyRegistered();
  if (command.donorId !== null && !command.donorOnRecord) throw DonorErrors.unknown(command.donorId);
  const serialNumber = command.serialNumber?.trim() || null;
  if (serialNumber !== null && command.quantity !== 1) throw E.serialQuantity();
  const unit = serialNumber === null ? requiredText(command.unit ?? '', E.unitRequired) : null;
  requireNotInFuture(command.acquiredOn, 'acquiredOn', now);
  return [
    {
      type: 'ItemRegistered',
      data: {
        itemId: command.itemId,
        itemType: command.itemType,
        description: requiredText(command.description, E.descriptionRequired),
        serialNumber,
        quantity: command.quantity,
        unit,
        donorId: command.donorId,
        centreId: command.centreId,
        acquiredOn: command.acquiredOn,
        tankCapacityLitres: command.tankCapacityLitres,
      },
    },
  ];
}
