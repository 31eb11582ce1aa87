import { VehicleType } from '../../vehicle/domain/vehicle.events';

// A centre's fuel ledger: its events, each `{ type, data }`, in the stream `fuelledger-<centreId>`. A type string is
// permanent once stored: a changed shape gets a new schema version and an upcaster (fuel-ledger.catalogue.ts), never
// an edit. Litres to a tenth; instants are ISO strings; people are member ids, never names.

/** Where delivered fuel came from: a supplier it was bought from, or a donor of the donor register, or both. */
export interface FuelSource {
  readonly supplier: string | null;
  readonly donorId: string | null;
}

export interface FuelCost {
  readonly amount: number;
  /** ISO 4217. */
  readonly currency: string;
}

/** What fuel was issued to, with the reading taken at the pump. */
export type FuelTarget =
  | { readonly kind: 'vehicle'; readonly vehicleId: string; readonly odometerKm: number }
  | { readonly kind: 'generator'; readonly itemId: string; readonly engineHours: number };

/** A range of consumption taken as normal, with what it was drawn from. */
export interface ConsumptionNorm {
  readonly meanLitresPer100Km: number;
  readonly stdDevLitresPer100Km: number;
  readonly lowLitresPer100Km: number;
  readonly highLitresPer100Km: number;
  readonly samples: number;
}

/**
 * Why an issue is flagged for review — never refused: the rule and the figures, so that a reviewer can ask the
 * driver. Consumption is measured fill to fill: the litres of this fill over the kilometres since the last.
 */
export type FuelFlag =
  | { readonly rule: 'ABOVE_TANK_CAPACITY'; readonly litres: number; readonly tankCapacityLitres: number }
  | { readonly rule: 'ODOMETER_NOT_MOVED'; readonly odometerKm: number; readonly lastFillOdometerKm: number }
  | { readonly rule: 'ENGINE_HOURS_NOT_MOVED'; readonly engineHours: number; readonly lastFillEngineHours: number }
  | ({ readonly rule: 'CONSUMPTION_OUTLIER_FOR_VEHICLE'; readonly litresPer100Km: number } & ConsumptionNorm)
  | ({
      readonly rule: 'CONSUMPTION_OUTLIER_FOR_TYPE';
      readonly vehicleType: VehicleType;
      readonly litresPer100Km: number;
    } & ConsumptionNorm);

export type FuelFlagRule = FuelFlag['rule'];

export type FuelDelivered = {
  type: 'FuelDelivered';
  data: {
    centreId: string;
    deliveryId: string;
    litres: number;
    source: FuelSource;
    cost: FuelCost | null;
    /** The member who received it into the centre's stock. */
    receivedBy: string;
    deliveredAt: string;
    /** The centre's stock after it. */
    balanceLitres: number;
  };
};

export type FuelIssued = {
  type: 'FuelIssued';
  data: {
    centreId: string;
    issueId: string;
    target: FuelTarget;
    litres: number;
    /** Members: who issued it from the stock, who took it. */
    issuedBy: string;
    receivedBy: string;
    issuedAt: string;
    /** Fill to fill, for a vehicle whose last fill is known and which moved since; null otherwise. */
    consumption: { readonly distanceKm: number; readonly litresPer100Km: number } | null;
    /** Empty: nothing to review. */
    flags: FuelFlag[];
    balanceLitres: number;
  };
};

/** A reviewer's finding on a flagged issue: cleared (explained) or confirmed (a loss to follow up). */
export type FuelFlagReviewed = {
  type: 'FuelFlagReviewed';
  data: { issueId: string; outcome: 'cleared' | 'confirmed'; note: string; reviewedAt: string };
};

/** The stock counted: from then on the ledger holds the counted balance, the difference recorded with why. */
export type FuelStocktakeRecorded = {
  type: 'FuelStocktakeRecorded';
  data: {
    stocktakeId: string;
    countedLitres: number;
    ledgerLitres: number;
    /** counted − ledger: negative is fuel missing. */
    differenceLitres: number;
    reason: string | null;
    countedBy: string;
    countedAt: string;
  };
};

/** Every event of a fuel ledger's stream. */
export type FuelLedgerEvent = FuelDelivered | FuelIssued | FuelFlagReviewed | FuelStocktakeRecorded;
