import { ApiProperty } from '@nestjs/swagger';
import { CENTRE_STATUSES, CentreRegistered, CentreStatusChanged, EventEnvelope, ServiceName } from '@muster/contracts';
import { DomainError } from '@muster/event-sourcing';
import { SqlTransaction } from '@muster/event-store';
import { EventHandler } from '@muster/messaging';

/** A centre as this service knows it from the centres service's topic. */
export class KnownCentreView {
  @ApiProperty({ format: 'uuid' }) readonly centreId!: string;
  /** Null while only a status change has arrived (the registration is on its way). */
  @ApiProperty({ type: String, nullable: true, description: 'null while only a status change has arrived' })
  readonly code!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly governorate!: string | null;
  @ApiProperty({ enum: CENTRE_STATUSES }) readonly status!: (typeof CENTRE_STATUSES)[number];
  @ApiProperty({ format: 'date' }) readonly since!: string;
}

interface CentreFact {
  readonly centreId: string;
  readonly code: string | null;
  readonly governorate: string | null;
  readonly status: KnownCentreView['status'];
  readonly since: string;
}

/**
 * Keeps what the fact says. The status is the one of the centre's latest event (its stream version), so a fact that
 * arrives late — a redelivery, a registration behind a status change — adds what it knows and overrides nothing newer.
 */
async function remember(tx: SqlTransaction, envelope: EventEnvelope, fact: CentreFact): Promise<void> {
  await tx.query(
    `INSERT INTO known_centres (centre_id, code, governorate, status, status_since, stream_version)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (centre_id) DO UPDATE SET
       code = COALESCE(known_centres.code, EXCLUDED.code),
       governorate = COALESCE(known_centres.governorate, EXCLUDED.governorate),
       status = CASE WHEN EXCLUDED.stream_version > known_centres.stream_version
                     THEN EXCLUDED.status ELSE known_centres.status END,
       status_since = CASE WHEN EXCLUDED.stream_version > known_centres.stream_version
                           THEN EXCLUDED.status_since ELSE known_centres.status_since END,
       stream_version = GREATEST(known_centres.stream_version, EXCLUDED.stream_version),
       updated_at = now()`,
    [fact.centreId, fact.code, fact.governorate, fact.status, fact.since, envelope.streamVersion],
  );
}

/** A fact we cannot read is dead-lettered by the consumer (after its retries), never passed over silently. */
function unreadable(envelope: EventEnvelope, problems: readonly string[]): Error {
  return new Error(`${envelope.type} ${envelope.id}: ${problems.join('; ')}`);
}

const FOLLOWED: Readonly<Record<string, EventHandler>> = {
  [CentreRegistered.type]: async (envelope, tx) => {
    const data = CentreRegistered.parse(envelope.data);
    if (!data) throw unreadable(envelope, CentreRegistered.problems(envelope.data));
    const { centreId, code, governorate, status } = data;
    await remember(tx, envelope, { centreId, code, governorate, status, since: envelope.occurredAt.slice(0, 10) });
  },
  [CentreStatusChanged.type]: async (envelope, tx) => {
    const data = CentreStatusChanged.parse(envelope.data);
    if (!data) throw unreadable(envelope, CentreStatusChanged.problems(envelope.data));
    const { centreId, status, since } = data;
    await remember(tx, envelope, { centreId, code: null, governorate: null, status, since });
  },
};

/**
 * The service's own consumer handlers, with the centres' events recorded into `known_centres` first (in the same
 * inbox transaction) where the service follows the same types itself.
 */
export function followingCentres(handlers: Readonly<Record<string, EventHandler>>): Record<string, EventHandler> {
  const all: Record<string, EventHandler> = { ...handlers };
  for (const [type, record] of Object.entries(FOLLOWED)) {
    const own = handlers[type];
    all[type] = own
      ? async (envelope, tx) => {
          await record(envelope, tx);
          await own(envelope, tx);
        }
      : record;
  }
  return all;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface KnownCentreRow {
  centre_id: string;
  code: string | null;
  governorate: string | null;
  status: KnownCentreView['status'];
  since: string;
}

/** The read side of `known_centres`: what the commands that name a centre ask before they are sent. */
export class KnownCentres {
  constructor(
    private readonly sql: SqlTransaction,
    private readonly service: ServiceName,
  ) {}

  async find(centreId: string): Promise<KnownCentreView | null> {
    // Fields are validated as UUIDs first; should one slip through, it names no centre rather than fail the query.
    if (!UUID.test(centreId)) return null;
    const [row] = await this.sql.query<KnownCentreRow>(
      `SELECT centre_id, code, governorate, status, to_char(status_since, 'YYYY-MM-DD') AS since
         FROM known_centres WHERE centre_id = $1`,
      [centreId],
    );
    return row
      ? { centreId: row.centre_id, code: row.code, governorate: row.governorate, status: row.status, since: row.since }
      : null;
  }

  /** The centre, or `UNKNOWN_CENTRE`: 422 for a command naming it, 404 for a read of it. */
  async require(centreId: string, kind: 'rule' | 'not-found' = 'rule'): Promise<KnownCentreView> {
    const centre = await this.find(centreId);
    if (centre) return centre;
    throw this.unknown(centreId, kind);
  }

  /**
   * A command's check of its centre (`UNKNOWN_CENTRE`, 422) and a read of its own, in one round trip: for a hot path
   * whose handler reads facts before it sends the command, and whose route's centre is therefore not marked
   * `@KnownCentre` — a statement is most of such a command's cost. `read` numbers its parameters from $2 ($1 is the
   * centre) and gives at most one row: that row (as JSON types: numbers, strings, booleans), or null.
   */
  async requireWith<Row>(centreId: string, read: string, parameters: readonly unknown[]): Promise<Row | null> {
    if (!UUID.test(centreId)) throw this.unknown(centreId, 'rule');
    const [{ known, found }] = await this.sql.query<{ known: boolean; found: Row | null }>(
      `SELECT EXISTS (SELECT FROM known_centres WHERE centre_id = $1) AS known,
              (SELECT row_to_json(r) FROM (${read}) r LIMIT 1) AS found`,
      [centreId, ...parameters],
    );
    if (!known) throw this.unknown(centreId, 'rule');
    return found;
  }

  private unknown(centreId: string, kind: 'rule' | 'not-found'): DomainError {
    return new DomainError(
      'UNKNOWN_CENTRE',
      `Centre ${centreId} is not known to the ${this.service} service (yet). Centres are registered in the centres ` +
        `service and reach ${this.service} within moments: check the centre, or try again shortly.`,
      kind,
      { centreId },
    );
  }
}
