import { IsoDate } from '@muster/event-sourcing';

// A base transfer's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (base-transfer.catalogue.ts), never an edit. BaseTransferStarted,
// BaseTransferCancelled and CentreBaseTransferCompleted are followed by other services (contracts in
// @muster/contracts, checked by published-contracts.spec.ts).

/** Who and what moves, between which centres, planned for when, and why. */
export interface TransferPlan {
  readonly fromCentreId: string;
  readonly toCentreId: string;
  readonly memberIds: readonly string[];
  readonly vehicleIds: readonly string[];
  readonly plannedOn: IsoDate;
  readonly reason: string;
}

export type BaseTransferPlanned = { type: 'BaseTransferPlanned'; data: { transferId: string } & TransferPlan };

/** Equipment dispatches each listed vehicle to the destination; the vehicles' moves carry the transfer's id. */
export type BaseTransferStarted = {
  type: 'BaseTransferStarted';
  data: {
    transferId: string;
    fromCentreId: string;
    toCentreId: string;
    memberIds: readonly string[];
    /** The vehicles still in the plan (a vehicle equipment already withdrew is not sent). */
    vehicleIds: readonly string[];
    plannedOn: IsoDate;
    startedOn: IsoDate;
  };
};

/** Equipment reported a vehicle of this transfer arrived (at the destination, once the plan is known). */
export type BaseTransferVehicleArrived = {
  type: 'BaseTransferVehicleArrived';
  data: { vehicleId: string; moveId: string; centreId: string; arrivedAt: string };
};

/** The plan is amended: equipment reported this vehicle cannot go (damaged, written off…); the transfer goes on. */
export type BaseTransferVehicleWithdrawn = {
  type: 'BaseTransferVehicleWithdrawn';
  data: { vehicleId: string; reasonCode: string };
};

/** The receiving commander (or an admin) confirmed: personnel moves the members. */
export type CentreBaseTransferCompleted = {
  type: 'CentreBaseTransferCompleted';
  data: {
    transferId: string;
    fromCentreId: string;
    toCentreId: string;
    memberIds: readonly string[];
    effectiveOn: IsoDate;
    /** The vehicles that arrived (their assignment followed their arrival, in equipment). */
    vehicleIds: readonly string[];
  };
};

/** Equipment sends the vehicles of the transfer back where they came from. */
export type BaseTransferCancelled = {
  type: 'BaseTransferCancelled';
  data: {
    transferId: string;
    fromCentreId: string;
    /** The vehicles that were sent (none if the transfer never started). */
    vehicleIds: readonly string[];
    reason: string;
    cancelledOn: IsoDate;
  };
};

/** Every event of a base transfer's stream. */
export type BaseTransferEvent =
  | BaseTransferPlanned
  | BaseTransferStarted
  | BaseTransferVehicleArrived
  | BaseTransferVehicleWithdrawn
  | CentreBaseTransferCompleted
  | BaseTransferCancelled;
