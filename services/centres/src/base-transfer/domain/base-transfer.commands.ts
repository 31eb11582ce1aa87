import { CentreStatus } from '../../centre/domain/centre.events';
import { IsoDate } from '@muster/event-sourcing';

export type PlanBaseTransfer = {
  type: 'PlanBaseTransfer';
  transferId: string;
  fromCentreId: string;
  toCentreId: string;
  memberIds: readonly string[];
  vehicleIds: readonly string[];
  plannedOn: IsoDate;
  reason: string;
  /** The status of each of the two centres the register knows (an unknown one is absent). */
  centres: Readonly<Record<string, CentreStatus>>;
};

export type StartBaseTransfer = { type: 'StartBaseTransfer' };

/** From equipment's VehicleArrived carrying this transfer's id. */
export type RecordVehicleArrival = {
  type: 'RecordVehicleArrival';
  vehicleId: string;
  moveId: string;
  centreId: string;
  arrivedAt: string;
};

/** From equipment's VehicleTransferDeclined. */
export type RecordVehicleDeclined = { type: 'RecordVehicleDeclined'; vehicleId: string; reasonCode: string };

export type ConfirmBaseTransfer = {
  type: 'ConfirmBaseTransfer';
  effectiveOn: IsoDate;
  /** The centres the confirming user acts for: all (an admin), or a commander's own. */
  actingFor: 'all' | readonly string[];
};

export type CancelBaseTransfer = { type: 'CancelBaseTransfer'; reason: string };

/** Every command a base transfer takes. */
export type BaseTransferCommand =
  | PlanBaseTransfer
  | StartBaseTransfer
  | RecordVehicleArrival
  | RecordVehicleDeclined
  | ConfirmBaseTransfer
  | CancelBaseTransfer;
