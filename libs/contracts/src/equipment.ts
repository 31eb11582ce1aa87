import { Static, Type } from '@sinclair/typebox';
import { defineIntegrationEvent } from './integration-event';
import { CalendarDate, OneOf, Timestamp, Uuid } from './schemas';

/**
 * The equipment events other services follow, on `muster.equipment.events`: centres counts serviceable vehicles for
 * readiness and follows the vehicles of a base transfer (vehicle events, `streamId` = `vehicle-<id>`); what members
 * hold is followed through the item events (`item-<id>`) and the recoveries opened when a member dies or leaves
 * (`recovery-<id>`). Members appear by id only.
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

export const ITEM_TYPES = [
  'generator',
  'hydraulic-rescue-tool',
  'breathing-apparatus',
  'helmet-camera',
  'radio',
  'thermal-camera',
  'chainsaw',
  'first-aid-kit',
  'protective-clothing',
  'consumable',
  'other',
] as const;

const Holder = Type.Object(
  {
    kind: OneOf(['member', 'centre', 'vehicle'] as const),
    id: Uuid({ description: 'the member, centre or vehicle' }),
  },
  { description: 'who holds it: a member, a centre’s store or a vehicle’s kit' },
);

export const ItemIssued = defineIntegrationEvent({
  type: 'ItemIssued',
  source: 'equipment',
  schemaVersion: 1,
  summary: 'An equipment item (or so many of a consumable) was issued from a centre’s stock to a holder.',
  data: Type.Object({
    itemId: Uuid(),
    centreId: Uuid({ description: 'the centre whose stock it came from' }),
    holder: Holder,
    quantity: Type.Integer({ minimum: 1 }),
    issuedOn: CalendarDate(),
  }),
});

export const ItemReturned = defineIntegrationEvent({
  type: 'ItemReturned',
  source: 'equipment',
  schemaVersion: 1,
  summary: 'An equipment item (or so many of a consumable) came back from its holder into the centre’s stock.',
  data: Type.Object({
    itemId: Uuid(),
    centreId: Uuid(),
    holder: Holder,
    quantity: Type.Integer({ minimum: 1 }),
    returnedOn: CalendarDate(),
    condition: OneOf(['good', 'damaged'] as const),
  }),
});

export const ItemRecovered = defineIntegrationEvent({
  type: 'ItemRecovered',
  source: 'equipment',
  schemaVersion: 1,
  summary:
    'An item a member held when they were killed or left is accounted for (returned or written off) in their recovery.',
  data: Type.Object({
    recoveryId: Uuid(),
    memberId: Uuid(),
    itemId: Uuid(),
    quantity: Type.Integer({ minimum: 1 }),
    outcome: OneOf(['returned', 'written-off'] as const),
    /** true: the last of the member's items — their recovery is complete. */
    recoveryComplete: Type.Boolean({ description: 'the last item of the recovery: it is complete' }),
  }),
});

export type VehicleDispatchedData = Static<typeof VehicleDispatched.data>;
export type VehicleArrivedData = Static<typeof VehicleArrived.data>;
export type ItemIssuedData = Static<typeof ItemIssued.data>;
export type ItemReturnedData = Static<typeof ItemReturned.data>;
export type ItemRecoveredData = Static<typeof ItemRecovered.data>;
