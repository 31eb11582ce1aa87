import { IsoDate } from '@muster/event-sourcing';
import {
  CheckKind,
  DamageCause,
  DamageSeverity,
  FuelType,
  FundingSource,
  RepairPart,
  ServiceInterval,
  VehicleType,
  WriteOffReason,
} from './vehicle.events';

/** The states a vehicle can enter the register in: in transit or written off are what happens to it later. */
export const REGISTRATION_STATUSES = ['serviceable', 'unserviceable'] as const;

/**
 * Who sends a command, as far as centres go: `centreIds` null acts for every centre (logistics, admins, reactions);
 * a commander acts for the centres of their token only.
 */
export interface Actor {
  readonly centreIds: readonly string[] | null;
}

export type RegisterVehicle = {
  type: 'RegisterVehicle';
  vehicleId: string;
  /** The number plate, as written on the vehicle (Arabic or Latin). */
  plate: string;
  vehicleType: VehicleType;
  make: string;
  model: string;
  /** The centre it is assigned to. */
  centreId: string;
  status: (typeof REGISTRATION_STATUSES)[number];
  /** Why it is unserviceable: required with that status. */
  statusReason: string | null;
  vin: string | null;
  year: number | null;
  donorId: string | null;
  /** Whether the donor register holds `donorId` (read before the command path; true without a donor). */
  donorOnRecord: boolean;
  acquiredOn: IsoDate;
  odometerKm: number;
  engineHours: number | null;
  fuelType: FuelType;
  tankCapacityLitres: number;
  serviceInterval: ServiceInterval;
};

export type DispatchVehicle = {
  type: 'DispatchVehicle';
  toCentreId: string;
  driverId: string;
  odometerOutKm: number;
  dispatchedAt: string;
  expectedArrivalAt: string;
  transferId: string | null;
  loanDueBackOn: IsoDate | null;
};

/**
 * Received at `centreId`. A vehicle not on a move may arrive for a base transfer whose start equipment has not seen
 * yet (`transferId` required then): the arrival is kept, and the late start finds it done.
 */
export type ArriveVehicle = {
  type: 'ArriveVehicle';
  centreId: string;
  odometerInKm: number;
  arrivedAt: string;
  transferId: string | null;
  actor: Actor;
};

export type DivertVehicle = { type: 'DivertVehicle'; toCentreId: string; reason: string };
export type ReturnVehicleToOrigin = { type: 'ReturnVehicleToOrigin'; reason: string };

/** Sent by the reaction to centres' BaseTransferStarted: never refused for the vehicle's state, declined instead. */
export type DispatchForBaseTransfer = {
  type: 'DispatchForBaseTransfer';
  transferId: string;
  fromCentreId: string;
  toCentreId: string;
};

/** Sent by the reaction to centres' BaseTransferCancelled. */
export type CancelBaseTransferMove = { type: 'CancelBaseTransferMove'; transferId: string };

export type CorrectOdometer = { type: 'CorrectOdometer'; correctedKm: number; reason: string };

export type RecordDamage = {
  type: 'RecordDamage';
  cause: DamageCause;
  occurredOn: IsoDate;
  incidentRef: string | null;
  severity: DamageSeverity;
  description: string;
  odometerKm: number | null;
};

export type OpenRepairOrder = {
  type: 'OpenRepairOrder';
  damageIds: readonly string[];
  description: string;
  workshop: string;
  openedOn: IsoDate;
};

export type RecordRepairWork = {
  type: 'RecordRepairWork';
  orderId: string;
  workDone: string;
  parts: readonly RepairPart[];
  labourCost: number;
  currency: string;
  fundingSource: FundingSource;
  /** Whether the donor register holds `fundingSource.donorId` (read before the command path; true without one). */
  donorOnRecord: boolean;
  recordedOn: IsoDate;
};

export type CloseRepairOrder = {
  type: 'CloseRepairOrder';
  orderId: string;
  closedOn: IsoDate;
  odometerKm: number | null;
  notes: string;
};

export type RecordCheck = {
  type: 'RecordCheck';
  kind: CheckKind;
  performedAt: string;
  odometerKm: number;
  engineHours: number | null;
  items: readonly { readonly code: string; readonly passed: boolean; readonly note: string }[];
  actor: Actor;
};

export type RecordService = { type: 'RecordService'; servicedOn: IsoDate; odometerKm: number; workDone: string };
export type DeclareUnserviceable = { type: 'DeclareUnserviceable'; reason: string; declaredOn: IsoDate };
export type ReturnToService = { type: 'ReturnToService'; note: string; returnedOn: IsoDate };

export type WriteOffVehicle = {
  type: 'WriteOffVehicle';
  reason: WriteOffReason;
  evidenceRef: string;
  note: string;
  writtenOffOn: IsoDate;
};

/** Every command a vehicle takes. */
export type VehicleCommand =
  | RegisterVehicle
  | DispatchVehicle
  | ArriveVehicle
  | DivertVehicle
  | ReturnVehicleToOrigin
  | DispatchForBaseTransfer
  | CancelBaseTransferMove
  | CorrectOdometer
  | RecordDamage
  | OpenRepairOrder
  | RecordRepairWork
  | CloseRepairOrder
  | RecordCheck
  | RecordService
  | DeclareUnserviceable
  | ReturnToService
  | WriteOffVehicle;
