import { Actor } from '../../vehicle/domain/vehicle.commands';
import { VehicleType } from '../../vehicle/domain/vehicle.events';
import { RunningStats } from './consumption';
import { FuelCost, FuelSource, FuelTarget } from './fuel-ledger.events';

export type { Actor };

export type RecordFuelDelivery = {
  type: 'RecordFuelDelivery';
  /** The ledger's centre (the stream's id). */
  centreId: string;
  litres: number;
  source: FuelSource;
  /** Whether the donor register holds `source.donorId` (read before the command path; true without a donor). */
  donorOnRecord: boolean;
  cost: FuelCost | null;
  receivedBy: string;
  deliveredAt: string;
};

/**
 * What the register knows of the vehicle or generator being fuelled, read before the command path from small
 * per-asset rows (never its history): the decision stays O(1) however long the ledger or the vehicle's life.
 */
export interface FuelAssetFacts {
  readonly tankCapacityLitres: number | null;
  readonly writtenOff: boolean;
  /** The latest reading the asset's own record holds (a vehicle's odometer); null: none. */
  readonly recordedReading: number | null;
  /** The odometer (a vehicle) or hour meter (a generator) at its last fill, at any centre; null before its first. */
  readonly lastFillReading: number | null;
  /** Vehicles: the running consumption statistics of the vehicle and of its type (l/100 km). */
  readonly consumption: {
    readonly vehicleType: VehicleType;
    readonly vehicle: RunningStats;
    readonly type: RunningStats;
  } | null;
}

export type IssueFuel = {
  type: 'IssueFuel';
  centreId: string;
  target: FuelTarget;
  litres: number;
  issuedBy: string;
  receivedBy: string;
  issuedAt: string;
  /** null: no such vehicle or generator is recorded. */
  asset: FuelAssetFacts | null;
  actor: Actor;
};

export type ReviewFuelFlag = {
  type: 'ReviewFuelFlag';
  issueId: string;
  outcome: 'cleared' | 'confirmed';
  note: string;
  reviewedAt: string;
};

export type RecordStocktake = {
  type: 'RecordStocktake';
  centreId: string;
  countedLitres: number;
  reason: string | null;
  countedBy: string;
  countedAt: string;
};

/** Every command a fuel ledger takes. */
export type FuelLedgerCommand = RecordFuelDelivery | IssueFuel | ReviewFuelFlag | RecordStocktake;
