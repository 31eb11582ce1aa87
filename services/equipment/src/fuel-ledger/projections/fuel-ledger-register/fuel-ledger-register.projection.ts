import { RecordedOf } from '@muster/event-sourcing';
import { inlineProjection, SqlTransaction } from '@muster/event-store';
import { donorFuelTraceStatement } from '../../../donor/projections/donor-traceability/donor-traceability.projection';
import { fuelLedgerCatalogue } from '../../domain/fuel-ledger.catalogue';
import { FuelIssued, FuelLedgerEvent } from '../../domain/fuel-ledger.events';

/**
 * Keeps a centre's fuel read models in the append transaction, so that the next issue's checks see this one: the
 * ledger row (which, by its version, makes every event of the stream apply once), the issues and their flags, and each
 * asset's last reading and running consumption. The type's statistics, shared by every centre, are kept after commit
 * (fuel-type-stats.projection.ts): no lock every issue of a type would queue on.
 */
export const fuelLedgerRegisterProjection = inlineProjection({
  name: 'fuel-ledger-register',
  catalogue: fuelLedgerCatalogue,
  async apply(event, tx) {
    const centreId = fuelLedgerCatalogue.idOf(event.streamId);
    const { balance, delivered, issued, flagged } = ledgerChange(event);
    const ledger = [centreId, event.streamVersion, balance, delivered, issued, flagged];
    if (event.type === 'FuelIssued') {
      await applyIssue(event, ledger, tx);
      return;
    }
    const applied = await tx.query<{ version: number }>(`${LEDGER_UPSERT} RETURNING version`, ledger);
    if (applied.length === 0) return;
    if (event.type === 'FuelFlagReviewed') {
      const { issueId, outcome, note, reviewedAt } = event.data;
      await tx.query(`UPDATE fuel_issues SET review_status = $2, review = $3 WHERE issue_id = $1`, [
        issueId,
        outcome,
        JSON.stringify({ outcome, note, reviewedAt, reviewedBy: event.metadata.actorId }),
      ]);
    }
  },
});

/**
 * The ledger's row after an event ($1 centre, $2 version, $3 balance or null to keep it, $4–$6 what it adds); applied
 * only when the event is newer than the row, which makes every event of the stream apply once.
 */
const LEDGER_UPSERT = `INSERT INTO fuel_ledgers (centre_id, version, balance_litres, delivered_litres, issued_litres, open_flags)
       VALUES ($1, $2, coalesce($3::numeric, 0), $4::numeric, $5::numeric, $6)
       ON CONFLICT (centre_id) DO UPDATE SET version = EXCLUDED.version,
         balance_litres = CASE WHEN $3::numeric IS NULL THEN fuel_ledgers.balance_litres ELSE EXCLUDED.balance_litres END,
         delivered_litres = fuel_ledgers.delivered_litres + EXCLUDED.delivered_litres,
         issued_litres = fuel_ledgers.issued_litres + EXCLUDED.issued_litres,
         open_flags = fuel_ledgers.open_flags + EXCLUDED.open_flags
       WHERE fuel_ledgers.version < EXCLUDED.version`;

/** What the event does to the ledger's row: its balance after it, and what it adds to the totals. */
function ledgerChange(event: RecordedOf<FuelLedgerEvent>) {
  switch (event.type) {
    case 'FuelDelivered':
      return { balance: event.data.balanceLitres, delivered: event.data.litres, issued: 0, flagged: 0 };
    case 'FuelIssued': {
      const { balanceLitres, litres, flags } = event.data;
      return { balance: balanceLitres, delivered: 0, issued: litres, flagged: flags.length > 0 ? 1 : 0 };
    }
    case 'FuelFlagReviewed':
      // The balance is the stock's after the last entry: a review does not change it.
      return { balance: null, delivered: 0, issued: 0, flagged: -1 };
    case 'FuelStocktakeRecorded':
      return { balance: event.data.countedLitres, delivered: 0, issued: 0, flagged: 0 };
  }
}

/**
 * An issue: the ledger's row; the issue listed with its flags; the asset's last reading moves on, and an unflagged
 * consumption becomes a sample of its running statistics (a flagged one is kept out, so that one theft does not become
 * the norm); a donor's asset's trace adds the fill. One statement, as an issue is the ledger's hot path: the issue's
 * rows are written only where the ledger's row took the event.
 */
async function applyIssue(event: RecordedOf<FuelIssued>, ledger: unknown[], tx: SqlTransaction): Promise<void> {
  const { issueId, target, litres, issuedAt, consumption, flags } = event.data;
  const assetId = target.kind === 'vehicle' ? target.vehicleId : target.itemId;
  const reading = target.kind === 'vehicle' ? target.odometerKm : target.engineHours;
  await tx.query(
    `WITH ledger AS (${LEDGER_UPSERT} RETURNING version),
     issue AS (
       INSERT INTO fuel_issues (issue_id, centre_id, asset_kind, asset_id, litres, reading, issued_at, recorded_at,
         consumption, flags, review_status)
       SELECT $7::uuid, $1::uuid, $8::text, $9::uuid, $10::numeric, $11::numeric, $12::timestamptz, $13::timestamptz,
              $14::jsonb, $15::jsonb, $16::text
         FROM ledger),
     trace AS (${FUEL_TRACE})
     INSERT INTO fuel_assets (asset_id, last_reading, samples, mean, m2)
     SELECT $9::uuid, $11::numeric, s.* FROM ledger, fuel_stats_with_sample(0, 0, 0, $17) s,
       (SELECT count(t.written) FROM trace t) traced
     ON CONFLICT (asset_id) DO UPDATE SET last_reading = EXCLUDED.last_reading, (samples, mean, m2) =
       (SELECT * FROM fuel_stats_with_sample(fuel_assets.samples, fuel_assets.mean, fuel_assets.m2, $17))`,
    [
      ...ledger,
      issueId,
      target.kind,
      assetId,
      litres,
      reading,
      issuedAt,
      event.recordedAt,
      consumption === null ? null : JSON.stringify(consumption),
      JSON.stringify(flags),
      flags.length > 0 ? 'open' : 'none',
      sampleOf(event),
      event.id,
    ],
  );
}

const FUEL_TRACE = donorFuelTraceStatement({
  eventId: '$18::uuid',
  assetId: '$9::uuid',
  recordedAt: '$13::timestamptz',
  litres: '$10::numeric',
  onlyWith: 'ledger',
});

/** The consumption an issue adds to the norms: a vehicle's, measured, and not flagged. */
export const sampleOf = (event: RecordedOf<FuelIssued>): number | null =>
  event.data.target.kind === 'vehicle' && event.data.consumption !== null && event.data.flags.length === 0
    ? event.data.consumption.litresPer100Km
    : null;
