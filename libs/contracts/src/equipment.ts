import { Static, Type } from '@sinclair/typebox';
import { defineIntegrationEvent } from './integration-event';
import { OneOf, Timestamp, Uuid } from './schemas';

/**
 * The equipment events other services follow, on `muster.equipment.events`: centres counts serviceable vehicles for
 * readiness and follows the vehicles of a base transfer. Each is a vehicle event (`streamId` = `vehicle-<id>`).
 */

export const VEHICLE_TYPES = [
  'ambulance',
  'fire-engine',
  'rescue-vehicle',
  'water-tanker',
  'pickup',
  'bus',
  'other',
] as const;

export const VEHICLE_STATUSES = ['serviceable', 'unserviceable', 'in-transit', 'written-off'] as const;

export const VehicleRegistered = defineIntegrationEvent({
  type: 'VehicleRegistered',
  source: 'equipment',
  schemaVersion: 1,
  summary: 'A (usually donated) vehicle entered the register, assigned to a centre.',
  data: Type.Object({
    vehicleId: Uuid(),
    vehicleType: OneOf(VEHICLE_TYPES),
    centreId: Uuid({ description: 'the centre it is assigned to' }),
    status: OneOf(VEHICLE_STATUSES),
  }),
});

export const VehicleStatusChanged = defineIntegrationEvent({
  type: 'VehicleStatusChanged',
  source: 'equipment',
  schemaVersion: 1,
  summary: 'A vehicle became serviceable, unserviceable (damage, failed check…) or was written off.',
  data: Type.Object({
    vehicleId: Uuid(),
    status: OneOf(VEHICLE_STATUSES),
    reasonCode: Type.String({ minLength: 1, maxLength: 60, description: 'a stable code, e.g. DAMAGED, REPAIRED' }),
  }),
});

const TransferId = Type.Union([Uuid(), Type.Null()], { description: 'the base transfer it moves for, if any' });

export const VehicleDispatched = defineIntegrationEvent({
  type: 'VehicleDispatched',
  source: 'equipment',
  schemaVersion: 1,
  summary: 'A vehicle left one centre for another: in transit until it arrives.',
  data: Type.Object({
    vehicleId: Uuid(),
    moveId: Uuid(),
    fromCentreId: Uuid(),
    toCentreId: Uuid(),
    transferId: TransferId,
    dispatchedAt: Timestamp(),
  }),
});

export const VehicleArrived = defineIntegrationEvent({
  type: 'VehicleArrived',
  source: 'equipment',
  schemaVersion: 1,
  summary: 'A vehicle in transit arrived: it is now assigned to the centre it arrived at.',
  data: Type.Object({
    vehicleId: Uuid(),
    moveId: Uuid(),
    centreId: Uuid({ description: 'where it arrived, now its centre' }),
    transferId: TransferId,
    arrivedAt: Timestamp(),
  }),
});

export const VehicleTransferDeclined = defineIntegrationEvent({
  type: 'VehicleTransferDeclined',
  source: 'equipment',
  schemaVersion: 1,
  summary:
    'A vehicle listed in a base transfer cannot go (damaged, written off, elsewhere): the transfer goes without it.',
  data: Type.Object({
    vehicleId: Uuid(),
    transferId: Uuid(),
    reasonCode: Type.String({ minLength: 1, maxLength: 60, description: 'why, as a stable code' }),
  }),
});

export type VehicleDispatchedData = Static<typeof VehicleDispatched.data>;
export type VehicleArrivedData = Static<typeof VehicleArrived.data>;
