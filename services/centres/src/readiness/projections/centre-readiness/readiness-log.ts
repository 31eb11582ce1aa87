import { SqlTransaction } from '@muster/event-store';
import { ReadinessFact, SubjectKind } from '../../domain/readiness-facts';
import { periodsOf, ReadinessPeriod } from '../../domain/readiness-periods';

/**
 * Writers of one subject take this lock shared (the consumer: a subject's facts come from one stream, so from one
 * partition; the catch-up projection: the centre's own subjects), a rebuild takes it exclusive: a rebuild never sees
 * a write half done, nor has one slip under it.
 */
const LOCK = `hashtext('centre-readiness')`;

interface FactRow {
  event_id: string;
  source: ReadinessFact['source'];
  kind: SubjectKind;
  subject_id: string;
  type: ReadinessFact['type'];
  at: Date;
  stream_order: number;
  data: ReadinessFact['data'];
}

const FACT_COLUMNS = `event_id, source, kind, subject_id, type, at, stream_order, data`;

const factOf = (row: FactRow): ReadinessFact =>
  ({
    eventId: row.event_id,
    source: row.source,
    kind: row.kind,
    subjectId: row.subject_id,
    type: row.type,
    at: row.at.toISOString(),
    order: row.stream_order,
    data: row.data,
  }) as ReadinessFact;

// Periods travel as one JSON parameter: the driver would send a row's roles array as a PostgreSQL array otherwise.
const PERIOD_ROWS = `jsonb_to_recordset($1::jsonb) AS p(kind text, "subjectId" text, "validFrom" timestamptz,
  "validTo" timestamptz, "centreId" text, "memberId" text, roles text[], "onDuty" boolean, competency text,
  "vehicleType" text, "vehicleStatus" text, "centreStatus" text, "centreCode" text, severity text)`;
const PERIOD_VALUES = `kind, "subjectId", "validFrom", "validTo", "centreId", "memberId", roles, "onDuty", competency,
  "vehicleType", "vehicleStatus", "centreStatus", "centreCode", severity`;
const KEY_COLUMNS = ['kind', 'subject_id', 'valid_from'];
const VALUE_COLUMNS = [
  'valid_to',
  'centre_id',
  'member_id',
  'roles',
  'on_duty',
  'competency',
  'vehicle_type',
  'vehicle_status',
  'centre_status',
  'centre_code',
  'severity',
];
const PERIOD_COLUMNS = [...KEY_COLUMNS, ...VALUE_COLUMNS].join(', ');

/** Rows per INSERT in a rebuild: a few statements in all, each well within PostgreSQL's limits. */
const CHUNK = 5000;

async function insertPeriods(tx: SqlTransaction, periods: readonly ReadinessPeriod[]): Promise<void> {
  for (let i = 0; i < periods.length; i += CHUNK) {
    await tx.query(`INSERT INTO readiness_periods (${PERIOD_COLUMNS}) SELECT ${PERIOD_VALUES} FROM ${PERIOD_ROWS}`, [
      JSON.stringify(periods.slice(i, i + CHUNK)),
    ]);
  }
}

/** Makes a subject's rows exactly `periods`, in one statement. */
async function replacePeriods(
  tx: SqlTransaction,
  kind: SubjectKind,
  subjectId: string,
  periods: readonly ReadinessPeriod[],
): Promise<void> {
  await tx.query(
    `WITH fresh AS (SELECT ${PERIOD_VALUES} FROM ${PERIOD_ROWS}),
          stale AS (DELETE FROM readiness_periods r WHERE r.kind = $2 AND r.subject_id = $3
                      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."validFrom" = r.valid_from))
     INSERT INTO readiness_periods (${PERIOD_COLUMNS}) SELECT * FROM fresh
     ON CONFLICT (${KEY_COLUMNS.join(', ')}) DO UPDATE
       SET (${VALUE_COLUMNS.join(', ')}) = (${VALUE_COLUMNS.map((c) => `EXCLUDED.${c}`).join(', ')})`,
    [JSON.stringify(periods), kind, subjectId],
  );
}

/**
 * Adds a fact to the log and derives its subject's periods again, in two round trips. A fact already logged (a
 * redelivery, a replay) changes nothing; a fact about a subject nothing else is known of yet is kept, and counts once
 * the rest arrives.
 */
export async function recordFact(tx: SqlTransaction, fact: ReadinessFact): Promise<void> {
  // The statement's snapshot does not see the row its own INSERT adds: the facts are the stored ones plus that one.
  const rows = await tx.query<FactRow & { added: boolean }>(
    `WITH locked AS (SELECT pg_advisory_xact_lock_shared(${LOCK})),
          added AS (INSERT INTO readiness_facts (${FACT_COLUMNS})
                    SELECT $1::uuid, $2, $3, $4, $5, $6::timestamptz, $7::int, $8::jsonb FROM locked
                    ON CONFLICT (event_id) DO NOTHING RETURNING seq, ${FACT_COLUMNS})
     SELECT seq, ${FACT_COLUMNS}, false AS added FROM readiness_facts WHERE kind = $3 AND subject_id = $4
      UNION ALL SELECT seq, ${FACT_COLUMNS}, true FROM added
      ORDER BY seq`,
    [fact.eventId, fact.source, fact.kind, fact.subjectId, fact.type, fact.at, fact.order, JSON.stringify(fact.data)],
  );
  if (!rows.some((row) => row.added)) return;
  await replacePeriods(tx, fact.kind, fact.subjectId, periodsOf(fact.kind, fact.subjectId, rows.map(factOf)));
}

/**
 * Before a rebuild: forgets the centre's own facts (the store replays them) and every period, then derives the
 * periods of the other services' facts again from the log (Kafka is not replayed), all subjects in one pass.
 */
export async function resetReadiness(tx: SqlTransaction): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
  await tx.query(`DELETE FROM readiness_facts WHERE source = 'centres'`);
  await tx.query(`DELETE FROM readiness_periods`);
  const rows = await tx.query<FactRow>(`SELECT ${FACT_COLUMNS} FROM readiness_facts ORDER BY kind, subject_id, seq`);
  const periods: ReadinessPeriod[] = [];
  let first = 0;
  for (let i = 1; i <= rows.length; i++) {
    const start = rows[first];
    const row = rows[i];
    if (start && (!row || row.kind !== start.kind || row.subject_id !== start.subject_id)) {
      periods.push(...periodsOf(start.kind, start.subject_id, rows.slice(first, i).map(factOf)));
      first = i;
    }
  }
  await insertPeriods(tx, periods);
}
