import { RecordedEvent } from '@muster/event-sourcing';
import { inlineProjection, SqlTransaction } from '@muster/event-store';
import { fuelLedgerCatalogue } from '../../../fuel-ledger/domain/fuel-ledger.catalogue';
import { itemCatalogue } from '../../../item/domain/item.catalogue';
import { vehicleCatalogue } from '../../../vehicle/domain/vehicle.catalogue';
import { AssetTrace, ItemNow, VehicleNow, emptyTrace, itemTrace, vehicleTrace } from './asset-trace';

// Donor traceability, kept in the append transaction after the vehicle and item registers (whose rows, already
// updated, give the asset's place and state). Idempotent: a trace is keyed by its event's id. Assets of the
// organisation's own funds (no donor) are not traced.

/**
 * The asset's last trace, or undefined when no donor funded it (null before its first). It locks the asset's traces
 * until the transaction ends, so that a concurrent one (a fill of the same vehicle) builds on the trace written here.
 */
async function lastTrace(tx: SqlTransaction, assetId: string): Promise<AssetTrace | null | undefined> {
  const [row] = await tx.query<{ funded: boolean; trace: AssetTrace | null }>(
    `SELECT funded, trace FROM donor_last_trace($1)`,
    [assetId],
  );
  return row?.funded ? row.trace : undefined;
}

/**
 * Writes the asset's next trace. It is valid from its event's recording, or from the trace it builds on where that one
 * is later (a fill written after this event was recorded, before its trace): the last written is then also the last
 * by time, which is the one a report as of now shows.
 */
async function record(tx: SqlTransaction, event: RecordedEvent, assetId: string, trace: AssetTrace): Promise<void> {
  await tx.query(
    `INSERT INTO donor_asset_history (event_id, asset_id, valid_from, trace)
     SELECT $1::uuid, $2::uuid, greatest($3::timestamptz, (SELECT h.valid_from FROM donor_asset_history h
                                                             WHERE h.asset_id = $2 ORDER BY h.seq DESC LIMIT 1)), $4::jsonb
     ON CONFLICT (event_id) DO NOTHING`,
    [event.id, assetId, event.recordedAt, JSON.stringify(trace)],
  );
}

async function fund(
  tx: SqlTransaction,
  event: RecordedEvent,
  assetId: string,
  donorId: string,
  kind: string,
  label: object,
) {
  await tx.query(
    `INSERT INTO donor_assets (asset_id, donor_id, kind, label, registered_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (asset_id) DO NOTHING`,
    [assetId, donorId, kind, JSON.stringify(label), event.recordedAt],
  );
}

export const donorVehicleTraceProjection = inlineProjection({
  name: 'donor-traceability-vehicles',
  catalogue: vehicleCatalogue,
  async apply(event, tx) {
    const vehicleId = vehicleCatalogue.idOf(event.streamId);
    const [now] = await tx.query<VehicleNow & { label: object }>(
      `SELECT centre_id AS "centreId", status, destination_centre_id AS "destinationCentreId",
              odometer_km AS "odometerKm",
              jsonb_build_object('type', summary->'vehicleType', 'plate', summary->'plate', 'make', summary->'make',
                                 'model', summary->'model', 'vin', summary->'vin', 'year', summary->'year') AS label
         FROM vehicle_register WHERE vehicle_id = $1`,
      [vehicleId],
    );
    if (!now) return;
    const { label, ...place } = now;
    if (event.type === 'VehicleDetailsRecorded' && event.data.donorId !== null) {
      await fund(tx, event, vehicleId, event.data.donorId, 'vehicle', label);
    }
    const prev = await lastTrace(tx, vehicleId);
    if (prev === undefined) return;
    await record(tx, event, vehicleId, vehicleTrace(prev ?? emptyTrace(place.centreId), event, place));
  },
});

export const donorItemTraceProjection = inlineProjection({
  name: 'donor-traceability-items',
  catalogue: itemCatalogue,
  async apply(event, tx) {
    const itemId = itemCatalogue.idOf(event.streamId);
    const [now] = await tx.query<ItemNow & { label: object }>(
      `SELECT centre_id AS "centreId", quantity, in_stock AS "inStock", damaged,
              jsonb_build_object('type', item_type, 'description', description, 'serialNumber', serial_number,
                                 'unit', unit) AS label
         FROM item_register WHERE item_id = $1`,
      [itemId],
    );
    if (!now) return;
    const { label, ...state } = now;
    if (event.type === 'ItemRegistered' && event.data.donorId !== null) {
      await fund(tx, event, itemId, event.data.donorId, 'item', label);
    }
    const prev = await lastTrace(tx, itemId);
    if (prev === undefined) return;
    await record(tx, event, itemId, itemTrace(prev ?? emptyTrace(state.centreId), event, state));
  },
});

/** The fuel donors delivered. */
export const donorFuelTraceProjection = inlineProjection({
  name: 'donor-traceability-fuel',
  catalogue: fuelLedgerCatalogue,
  // A fill's trace is written by the fuel ledger's own statement (donorFuelTraceStatement).
  handles: ['FuelDelivered'],
  async apply(event, tx) {
    const { deliveryId, source, centreId, litres, cost, deliveredAt } = event.data;
    if (source.donorId === null) return;
    await tx.query(
      `INSERT INTO donor_fuel (delivery_id, donor_id, centre_id, litres, amount, currency, delivered_at, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (delivery_id) DO NOTHING`,
      [
        deliveryId,
        source.donorId,
        centreId,
        litres,
        cost?.amount ?? null,
        cost?.currency ?? null,
        deliveredAt,
        event.recordedAt,
      ],
    );
  },
});

/**
 * A fill's trace — the asset's last one with one more fill and its litres — as a part of the fuel ledger's statement
 * for the issue: an issue is the ledger's hot path and most assets have no donor, so a statement of its own would be a
 * round trip that mostly writes nothing. Its arguments are the enclosing statement's placeholders; `onlyWith` names
 * the part whose row says the event applies (written once). The enclosing statement must use its `written` column
 * (a part no one reads is not run). Only for a donor's asset, and not before its first trace.
 */
export const donorFuelTraceStatement = (p: {
  eventId: string;
  assetId: string;
  recordedAt: string;
  litres: string;
  onlyWith: string;
}): string =>
  `SELECT donor_trace_fill(${p.eventId}, a.asset_id, ${p.recordedAt}, ${p.litres}) AS written
     FROM ${p.onlyWith}, donor_assets a WHERE a.asset_id = ${p.assetId}`;
