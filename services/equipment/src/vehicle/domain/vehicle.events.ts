import { VEHICLE_STATUSES, VEHICLE_TYPES } from '@muster/contracts';
import { IsoDate } from '@muster/event-sourcing';

// A vehicle's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (vehicle.catalogue.ts), never an edit. An event other services follow also keeps
// its contract in @muster/contracts (checked by published-contracts.spec.ts). Instants are ISO strings
// (`toISOString()`), days `YYYY-MM-DD`, distances whole kilometres.

/** What a vehicle is for: its dispatch and its inspections depend on it. */
export type VehicleType = (typeof VEHICLE_TYPES)[number];
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];

export const FUEL_TYPES = ['diesel', 'petrol', 'lpg', 'electric', 'hybrid'] as const;
export type FuelType = (typeof FUEL_TYPES)[number];

export const DAMAGE_CAUSES = [
  'air-strike',
  'double-tap-strike',
  'shelling',
  'explosive-remnant',
  'accident',
  'wear',
] as const;
export type DamageCause = (typeof DAMAGE_CAUSES)[number];

export const DAMAGE_SEVERITIES = ['minor', 'moderate', 'severe'] as const;
export type DamageSeverity = (typeof DAMAGE_SEVERITIES)[number];

export const WRITE_OFF_REASONS = ['destroyed', 'stolen', 'lost', 'donated-onward'] as const;
export type WriteOffReason = (typeof WRITE_OFF_REASONS)[number];

export const CHECK_KINDS = ['daily', 'weekly'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/**
 * Why a vehicle's status changed, as a stable code: the first group makes it unserviceable, the second serviceable,
 * DISPATCHED puts it in transit, the last group writes it off (one per write-off reason).
 */
export const STATUS_REASON_CODES = [
  'DAMAGED',
  'FAILED_CHECK',
  'DECLARED_UNSERVICEABLE',
  'REPAIRED',
  'RETURNED_TO_SERVICE',
  'ARRIVED',
  'DISPATCHED',
  'DESTROYED',
  'STOLEN',
  'LOST',
  'DONATED_ONWARD',
] as const;
export type StatusReasonCode = (typeof STATUS_REASON_CODES)[number];

/** Whole kilometres and whole months: "every 10,000 km or 6 months, whichever comes first". */
export interface ServiceInterval {
  readonly km: number;
  readonly months: number;
}

/** What a cost was paid from: a donor of the donor register, or the organisation's own funds (donorId null). */
export interface FundingSource {
  readonly donorId: string | null;
  readonly description: string;
}

/**
 * A trip whose distance is implausible for its time: never refused (the odometer is what it is), flagged with the
 * rule and its figures so that logistics can ask the driver.
 */
export type TripFlag =
  | {
      readonly rule: 'AVERAGE_SPEED_ABOVE_LIMIT';
      readonly distanceKm: number;
      readonly elapsedMinutes: number;
      readonly averageKmh: number;
      readonly limitKmh: number;
    }
  | {
      readonly rule: 'NO_DISTANCE_BETWEEN_CENTRES';
      readonly distanceKm: 0;
      readonly elapsedMinutes: number;
    };

/** A temporary loan: the vehicle serves the borrowing centre until it goes back to the one that lent it. */
export interface VehicleLoan {
  readonly homeCentreId: string;
  readonly dueBackOn: IsoDate;
}

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

/**
 * The rest of what the register keeps of a vehicle, recorded with VehicleRegistered (whose version-1 shape, which
 * other services consume, stays as it is): where it came from, its fuel, its service interval, and the odometer and
 * engine-hours readings it entered the register with.
 */
export type VehicleDetailsRecorded = {
  type: 'VehicleDetailsRecorded';
  data: {
    /** ISO 3779 characters, upper case; null when the papers are lost. */
    vin: string | null;
    year: number | null;
    /** The donor of the donor register who gave or funded it; null for the organisation's own. */
    donorId: string | null;
    acquiredOn: IsoDate;
    odometerKm: number;
    /** null for a vehicle without an hour meter. */
    engineHours: number | null;
    fuelType: FuelType;
    tankCapacityLitres: number;
    serviceInterval: ServiceInterval;
  };
};

/** Published on every change of status, with why (contract `VehicleStatusChanged`). */
export type VehicleStatusChanged = {
  type: 'VehicleStatusChanged';
  data: {
    vehicleId: string;
    status: VehicleStatus;
    previousStatus: VehicleStatus;
    reasonCode: StatusReasonCode;
    /** What the person who caused it wrote, if anything. */
    note: string | null;
  };
};

export type VehicleDispatched = {
  type: 'VehicleDispatched';
  data: {
    vehicleId: string;
    moveId: string;
    fromCentreId: string;
    toCentreId: string;
    /** The base transfer it moves for, if any. */
    transferId: string | null;
    dispatchedAt: string;
    /** The driver, a member id; null when dispatched by a base transfer, which names no driver. */
    driverId: string | null;
    /** null when dispatched by a base transfer: no one read the odometer. */
    odometerOutKm: number | null;
    expectedArrivalAt: string | null;
    /** A temporary loan to the destination, due back on this day; null for a reassignment. */
    loanDueBackOn: IsoDate | null;
  };
};

export type VehicleArrived = {
  type: 'VehicleArrived';
  data: {
    vehicleId: string;
    moveId: string;
    fromCentreId: string;
    /** Where it arrived: now its centre (for a loan, until it goes back). */
    centreId: string;
    transferId: string | null;
    arrivedAt: string;
    odometerInKm: number;
    /** odometer in − odometer out; null when the odometer was not read at dispatch. */
    distanceKm: number | null;
    /** false: it arrived before its dispatch was recorded (a base transfer whose start equipment had not yet seen). */
    dispatchRecorded: boolean;
    tripFlags: TripFlag[];
    /** On loan from then on (from which centre, due back when); null: the centre it arrived at is its own. */
    loan: VehicleLoan | null;
  };
};

/** On its way, sent to another destination. */
export type VehicleDiverted = {
  type: 'VehicleDiverted';
  data: { moveId: string; previousDestinationId: string; toCentreId: string; reason: string };
};

/** On its way, sent back to the centre it left (its base transfer was cancelled, or someone decided so). */
export type VehicleTurnedBack = {
  type: 'VehicleTurnedBack';
  data: {
    moveId: string;
    previousDestinationId: string;
    /** The centre it left, where it now goes. */
    toCentreId: string;
    transferId: string | null;
    reasonCode: 'TRANSFER_CANCELLED' | 'ORDERED_BACK';
    reason: string;
  };
};

/** A vehicle listed in a base transfer does not go for it (contract `VehicleTransferDeclined`). */
export type VehicleTransferDeclined = {
  type: 'VehicleTransferDeclined';
  data: { vehicleId: string; transferId: string; reasonCode: string };
};

/** An audited correction of the last odometer reading: the only way a reading goes down. */
export type VehicleOdometerCorrected = {
  type: 'VehicleOdometerCorrected';
  data: { previousKm: number | null; correctedKm: number; reason: string };
};

export type VehicleDamaged = {
  type: 'VehicleDamaged';
  data: {
    damageId: string;
    cause: DamageCause;
    occurredOn: IsoDate;
    /** The incident (attack, accident) it happened in; required for attacks. */
    incidentRef: string | null;
    severity: DamageSeverity;
    description: string;
    odometerKm: number | null;
  };
};

export type VehicleRepairOrderOpened = {
  type: 'VehicleRepairOrderOpened';
  data: { orderId: string; damageIds: string[]; description: string; workshop: string; openedOn: IsoDate };
};

export interface RepairPart {
  readonly description: string;
  readonly quantity: number;
  /** In the work's currency, per unit. */
  readonly unitCost: number;
}

export type VehicleRepairWorkRecorded = {
  type: 'VehicleRepairWorkRecorded';
  data: {
    orderId: string;
    workDone: string;
    parts: RepairPart[];
    labourCost: number;
    /** labour + Σ quantity × unit cost, in `currency`. */
    totalCost: number;
    currency: string;
    fundingSource: FundingSource;
    recordedOn: IsoDate;
  };
};

export type VehicleRepairOrderClosed = {
  type: 'VehicleRepairOrderClosed';
  data: { orderId: string; closedOn: IsoDate; odometerKm: number | null; notes: string };
};

export interface CheckItemResult {
  readonly code: string;
  readonly critical: boolean;
  readonly passed: boolean;
  readonly note: string;
}

export type VehicleCheckRecorded = {
  type: 'VehicleCheckRecorded';
  data: {
    checkId: string;
    kind: CheckKind;
    performedAt: string;
    /** The centre it was checked at. */
    centreId: string;
    odometerKm: number;
    engineHours: number | null;
    items: CheckItemResult[];
    /** The critical items that failed: any makes the vehicle unserviceable at once. */
    failedCriticalItems: string[];
  };
};

export type VehicleServiced = {
  type: 'VehicleServiced';
  data: { servicedOn: IsoDate; odometerKm: number; workDone: string };
};

export type VehicleDeclaredUnserviceable = {
  type: 'VehicleDeclaredUnserviceable';
  data: { reason: string; declaredOn: IsoDate };
};

/** Nothing grounds it any more (a declared fault fixed, a failed check put right): fit for service. */
export type VehicleReturnedToService = {
  type: 'VehicleReturnedToService';
  data: { note: string; returnedOn: IsoDate };
};

export type VehicleWrittenOff = {
  type: 'VehicleWrittenOff';
  data: {
    reason: WriteOffReason;
    /** Where the proof is: an incident report, a police report, a handover certificate. */
    evidenceRef: string;
    note: string;
    writtenOffOn: IsoDate;
    /** The move it was on when it was lost or destroyed, which ends with it. */
    moveId: string | null;
  };
};

/** Every event of a vehicle's stream. */
export type VehicleEvent =
  | VehicleRegistered
  | VehicleDetailsRecorded
  | VehicleStatusChanged
  | VehicleDispatched
  | VehicleArrived
  | VehicleDiverted
  | VehicleTurnedBack
  | VehicleTransferDeclined
  | VehicleOdometerCorrected
  | VehicleDamaged
  | VehicleRepairOrderOpened
  | VehicleRepairWorkRecorded
  | VehicleRepairOrderClosed
  | VehicleCheckRecorded
  | VehicleServiced
  | VehicleDeclaredUnserviceable
  | VehicleReturnedToService
  | VehicleWrittenOff;
