import { catchUpProjection } from '@muster/event-store';
import { fuelLedgerCatalogue } from '../../domain/fuel-ledger.catalogue';
import { sampleOf } from './fuel-ledger-register.projection';

/**
 * Each vehicle type's running consumption statistics (the norm a fill is judged against beside the vehicle's own),
 * kept from the store's global order after commit: every centre's issues of a type share the row, and a norm drawn
 * from thousands of fills loses nothing by lagging a moment. A batch's fills are added per type in one statement: the
 * batch's own count, mean and squared deviations, merged into the type's.
 */
export const fuelTypeStatsProjection = catchUpProjection({
  name: 'fuel-type-stats',
  catalogue: fuelLedgerCatalogue,
  handles: ['FuelIssued'],
  async applyAll(events, tx) {
    const fills = events.flatMap((event) => {
      const sample = sampleOf(event);
      return sample === null || event.data.target.kind !== 'vehicle'
        ? []
        : [{ vehicleId: event.data.target.vehicleId, sample }];
    });
    if (fills.length === 0) return;
    await tx.query(
      `INSERT INTO fuel_type_stats (vehicle_type, samples, mean, m2)
       SELECT r.summary->>'vehicleType', count(*), avg(f.sample), var_pop(f.sample) * count(*)
         FROM unnest($1::uuid[], $2::double precision[]) AS f(vehicle_id, sample)
         JOIN vehicle_register r ON r.vehicle_id = f.vehicle_id
        GROUP BY 1
       ON CONFLICT (vehicle_type) DO UPDATE SET (samples, mean, m2) =
         (SELECT * FROM fuel_stats_merged(fuel_type_stats.samples, fuel_type_stats.mean, fuel_type_stats.m2,
                                          EXCLUDED.samples, EXCLUDED.mean, EXCLUDED.m2))`,
      [fills.map((fill) => fill.vehicleId), fills.map((fill) => fill.sample)],
    );
  },
  reset: async (tx) => {
    await tx.query(`DELETE FROM fuel_type_stats`);
  },
});
