import { catchUpProjection } from '@muster/event-store';
import { fuelLedgerCatalogue } from '../../domain/fuel-ledger.catalogue';
import { sampleOf } from './fuel-ledger-register.projection';

/**
 * Each vehicle type's running consumption statistics (the norm a fill is judged against beside the vehicle's own),
 * kept from the store's global order after commit: every centre's issues of a type share the row, and a norm drawn
 * from thousands of fills loses nothing by lagging a moment.
 */
export const fuelTypeStatsProjection = catchUpProjection({
  name: 'fuel-type-stats',
  catalogue: fuelLedgerCatalogue,
  handles: ['FuelIssued'],
  async apply(event, tx) {
    const sample = sampleOf(event);
    if (sample === null || event.data.target.kind !== 'vehicle') return;
    await tx.query(
      `INSERT INTO fuel_type_stats (vehicle_type, samples, mean, m2)
       SELECT r.summary->>'vehicleType', s.* FROM vehicle_register r, fuel_stats_with_sample(0, 0, 0, $2) s
        WHERE r.vehicle_id = $1
       ON CONFLICT (vehicle_type) DO UPDATE SET (samples, mean, m2) =
         (SELECT * FROM fuel_stats_with_sample(fuel_type_stats.samples, fuel_type_stats.mean, fuel_type_stats.m2, $2))`,
      [event.data.target.vehicleId, sample],
    );
  },
  reset: async (tx) => {
    await tx.query(`DELETE FROM fuel_type_stats`);
  },
});
