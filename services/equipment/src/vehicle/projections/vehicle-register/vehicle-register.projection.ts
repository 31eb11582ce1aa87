import { inlineProjection } from '@muster/event-store';
import { vehicleCatalogue } from '../../domain/vehicle.catalogue';
import { VehicleSummary, evolveSummary } from './vehicle-summary';

/**
 * Keeps `vehicle_register` (the lists, service due) in the append transaction, event by event. Idempotent: an event
 * at or below the stored version changes nothing.
 */
export const vehicleRegisterProjection = inlineProjection({
  name: 'vehicle-register',
  catalogue: vehicleCatalogue,
  async apply(event, tx) {
    const vehicleId = vehicleCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ summary: VehicleSummary }>(
      `SELECT summary FROM vehicle_register WHERE vehicle_id = $1 FOR UPDATE`,
      [vehicleId],
    );
    if (row && row.summary.version >= event.streamVersion) return;
    const s = evolveSummary(row?.summary ?? null, event);
    if (s === null) return;
    await tx.query(
      `INSERT INTO vehicle_register (vehicle_id, version, plate, centre_id, destination_centre_id, home_centre_id,
         status, odometer_km, next_service_km, next_service_on, summary)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (vehicle_id) DO UPDATE SET version = EXCLUDED.version, plate = EXCLUDED.plate,
         centre_id = EXCLUDED.centre_id, destination_centre_id = EXCLUDED.destination_centre_id,
         home_centre_id = EXCLUDED.home_centre_id, status = EXCLUDED.status, odometer_km = EXCLUDED.odometer_km,
         next_service_km = EXCLUDED.next_service_km, next_service_on = EXCLUDED.next_service_on,
         summary = EXCLUDED.summary`,
      [
        vehicleId,
        s.version,
        s.plate,
        s.centreId,
        s.destinationCentreId,
        s.loan?.homeCentreId ?? null,
        s.status,
        s.odometerKm,
        s.nextService?.km ?? null,
        s.nextService?.on ?? null,
        JSON.stringify(s),
      ],
    );
  },
});
