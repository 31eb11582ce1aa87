import { IsoDate } from '@muster/event-sourcing';
import { VehicleErrors as E } from '../vehicle.errors';
import { RegisteredVehicle } from './guards';

/** The open repair order `orderId` and the day it was opened: not found, or closed, refused. */
export function openOrder(state: RegisteredVehicle, orderId: string, on: IsoDate): IsoDate {
  const openedOn = state.openRepairOrders[orderId];
  if (openedOn === undefined) {
    throw state.repairOrderIds.includes(orderId) ? E.repairOrderClosed(orderId) : E.repairOrderNotFound(orderId);
  }
  if (on < openedOn) throw E.repairDateBeforeOpening(openedOn);
  return openedOn;
}
