import { catchUpProjection } from '@muster/event-store';
import { withSample } from '../../domain/consumption';
import { fuelLedgerCatalogue } from '../../domain/fuel-ledger.catalogue';
import { StatsRow, sampleOf, statsOf } from './fuel-ledger-register.projection';

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
    const [vehicle] = await tx.query<{ vehicle_type: string }>(
      `SELECT summary->>'vehicleType' AS vehicle_type FROM vehicle_register WHERE vehicle_id = $1`,
      [event.data.target.vehicleId],
    );
    if (!vehicle) return;
    const [row] = await tx.query<StatsRow>(
      `SELECT samples, mean, m2 FROM fuel_type_stats WHERE vehicle_type = $1 FOR UPDATE`,
      [vehicle.vehicle_type],
    );
    const stats = withSample(statsOf(row), sample);
    await tx.query(
      `INSERT INTO fuel_type_stats (vehicle_type, samples, mean, m2) VALUES ($1, $2, $3, $4)
       ON CONFLICT (vehicle_type) DO UPDATE SET samples = EXCLUDED.samples, mean = EXCLUDED.mean, m2 = EXCLUDED.m2`,
      [vehicle.vehicle_type, stats.count, stats.mean, stats.m2],
    );
  },
  reset: async (tx) => {
    await tx.query(`DELETE FROM fuel_type_stats`);
  },
});
