import { Injectable } from '@nestjs/common';
import { KnownCentres } from '@muster/platform';
import { FuelAssetFacts } from '../../domain/fuel-ledger.commands';
import { FuelTarget } from '../../domain/fuel-ledger.events';
import { VehicleType } from '../../../vehicle/domain/vehicle.events';

interface GeneratorFactsRow {
  tank_capacity_litres: number | null;
  written_off: string | null;
  last_reading: number | null;
}

interface VehicleFactsRow {
  vehicle_type: VehicleType;
  tank_capacity: number | null;
  status: string;
  odometer_km: number | null;
  last_reading: number | null;
  samples: number;
  mean: number;
  m2: number;
  type_samples: number;
  type_mean: number;
  type_m2: number;
}

/**
 * What a fuel issue's rules need to know of the asset: one indexed read of a few small rows (the vehicle's or
 * generator's register row, its fuel row, its type's statistics) — never its history, so an issue costs the same on
 * the thousandth fill. Read in the round trip that checks the ledger's centre is known (`UNKNOWN_CENTRE`).
 */
@Injectable()
export class FuelAssetFactsReader {
  constructor(private readonly centres: KnownCentres) {}

  async factsOf(centreId: string, target: FuelTarget): Promise<FuelAssetFacts | null> {
    return target.kind === 'vehicle'
      ? this.vehicle(centreId, target.vehicleId)
      : this.generator(centreId, target.itemId);
  }

  /** A generator of the item register: its tank and its hour meter at the last fill (no consumption norm). */
  private async generator(centreId: string, itemId: string): Promise<FuelAssetFacts | null> {
    const row = await this.centres.requireWith<GeneratorFactsRow>(
      centreId,
      `SELECT i.tank_capacity_litres, i.written_off, a.last_reading
         FROM item_register i LEFT JOIN fuel_assets a ON a.asset_id = i.item_id
        WHERE i.item_id = $2 AND i.item_type = 'generator'`,
      [itemId],
    );
    if (!row) return null;
    return {
      tankCapacityLitres: row.tank_capacity_litres,
      writtenOff: row.written_off !== null,
      recordedReading: null,
      lastFillReading: row.last_reading,
      consumption: null,
    };
  }

  private async vehicle(centreId: string, vehicleId: string): Promise<FuelAssetFacts | null> {
    const row = await this.centres.requireWith<VehicleFactsRow>(
      centreId,
      `SELECT r.summary->>'vehicleType' AS vehicle_type, (r.summary->>'tankCapacityLitres')::int AS tank_capacity,
              r.status, r.odometer_km, a.last_reading,
              coalesce(a.samples, 0) AS samples, coalesce(a.mean, 0) AS mean, coalesce(a.m2, 0) AS m2,
              coalesce(t.samples, 0) AS type_samples, coalesce(t.mean, 0) AS type_mean, coalesce(t.m2, 0) AS type_m2
         FROM vehicle_register r
         LEFT JOIN fuel_assets a ON a.asset_id = r.vehicle_id
         LEFT JOIN fuel_type_stats t ON t.vehicle_type = r.summary->>'vehicleType'
        WHERE r.vehicle_id = $2`,
      [vehicleId],
    );
    if (!row) return null;
    return {
      tankCapacityLitres: row.tank_capacity,
      writtenOff: row.status === 'written-off',
      recordedReading: row.odometer_km,
      lastFillReading: row.last_reading,
      consumption: {
        vehicleType: row.vehicle_type,
        vehicle: { count: row.samples, mean: row.mean, m2: row.m2 },
        type: { count: row.type_samples, mean: row.type_mean, m2: row.type_m2 },
      },
    };
  }
}
