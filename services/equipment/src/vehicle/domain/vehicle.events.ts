import { VEHICLE_STATUSES, VEHICLE_TYPES } from '@muster/contracts';

// A vehicle's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (vehicle.catalogue.ts), never an edit. An event other services follow also keeps
// its contract in @muster/contracts (checked by published-contracts.spec.ts).

/** What a vehicle is for: its dispatch and its inspections depend on it. */
export type VehicleType = (typeof VEHICLE_TYPES)[number];
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];

export type VehicleRegistered = {
  type: 'VehicleRegistered';
  data: {
    vehicleId: string;
    plate: string;
    vehicleType: VehicleType;
    make: string;
    model: string;
    /** The centre it is assigned to. */
    centreId: string;
    status: VehicleStatus;
  };
};

/** Every event of a vehicle's stream: each use case adds its own. */
export type VehicleEvent = VehicleRegistered;
