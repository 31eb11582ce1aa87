import { ServiceName } from '@muster/contracts';
import { credentialsOf, provisionServiceDatabase } from '@muster/postgres';
import { Cosignature, SignedCheckpoint } from '@muster/log-proofs';
import { Client, Pool } from 'pg';
import { WitnessDatabase } from './config';

/** What the witness raises: a checkpoint it cannot trust, two histories, or a log that no longer matches. */
export type AlertKind = 'forged-checkpoint' | 'rollback' | 'fork' | 'unverifiable' | 'tampered-log';

export interface Alert {
  readonly id: string;
  readonly kind: AlertKind;
  readonly log: string;
  readonly message: string;
  readonly evidence: Record<string, unknown>;
  readonly raisedAt: string;
}

/** An alert to raise; `fingerprint` names what it is about, so the same thing is never raised twice. */
export interface NewAlert {
  readonly kind: AlertKind;
  readonly log: string;
  readonly message: string;
  readonly evidence: Record<string, unknown>;
  readonly fingerprint: string;
}

export interface AcceptedCheckpoint {
  readonly checkpoint: SignedCheckpoint;
  readonly cosignature: Cosignature;
  readonly published: boolean;
}

// Two tables, made idempotently: the witness's whole state is this small.
const TABLES = `
  CREATE TABLE IF NOT EXISTS witness_checkpoints (
    log          text        NOT NULL,
    size         bigint      NOT NULL,
    root         text        NOT NULL,
    service      text        NOT NULL,
    checkpoint   jsonb       NOT NULL,
    cosignature  jsonb       NOT NULL,
    published    boolean     NOT NULL DEFAULT false,
    accepted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (log, size)
  );
  CREATE TABLE IF NOT EXISTS witness_alerts (
    id           bigserial   PRIMARY KEY,
    kind         text        NOT NULL,
    log          text        NOT NULL,
    message      text        NOT NULL,
    evidence     jsonb       NOT NULL,
    fingerprint  text        NOT NULL UNIQUE,
    raised_at    timestamptz NOT NULL DEFAULT now()
  );`;

/**
 * The witness's migration, as the database's owner: with an administrator's URL, its two roles and its database first
 * (as the services' `migrate` makes theirs); then the tables, and the runtime role's right to use them — the
 * services' split between migrator and runtime role. Idempotent: run at every start-up that is given the owner.
 */
export async function migrateWitnessDatabase(database: WitnessDatabase): Promise<void> {
  const { url, migrationUrl, adminUrl } = database;
  if (!migrationUrl) throw new Error('DATABASE_MIGRATION_URL (the database owner) is required to migrate');
  if (adminUrl) {
    const name = decodeURIComponent(new URL(migrationUrl).pathname.slice(1));
    await provisionServiceDatabase(adminUrl, name, {
      migrator: credentialsOf(migrationUrl),
      runtime: credentialsOf(url),
    });
  }
  const client = new Client({ connectionString: migrationUrl });
  await client.connect();
  try {
    await client.query(TABLES);
    const runtime = credentialsOf(url).name;
    if (runtime !== credentialsOf(migrationUrl).name) {
      // What it countersigned and what it raised are kept: it may add rows and mark one published, nothing more.
      await client.query(`GRANT SELECT, INSERT ON witness_checkpoints, witness_alerts TO "${runtime}"`);
      await client.query(`GRANT UPDATE (published) ON witness_checkpoints TO "${runtime}"`);
      await client.query(`GRANT USAGE ON SEQUENCE witness_alerts_id_seq TO "${runtime}"`);
    }
  } finally {
    await client.end();
  }
}

interface CheckpointRow {
  checkpoint: SignedCheckpoint;
  cosignature: Cosignature;
  published: boolean;
}

interface AlertRow {
  id: string;
  kind: AlertKind;
  log: string;
  message: string;
  evidence: Record<string, unknown>;
  raised_at: Date;
}

const alertOf = (row: AlertRow): Alert => ({
  id: row.id,
  kind: row.kind,
  log: row.log,
  message: row.message,
  evidence: row.evidence,
  raisedAt: row.raised_at.toISOString(),
});

const acceptedOf = (row: CheckpointRow): AcceptedCheckpoint => ({
  checkpoint: row.checkpoint,
  cosignature: row.cosignature,
  published: row.published,
});

export class WitnessStore {
  private readonly pool: Pool;

  constructor(databaseUrl: string) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 4 });
  }

  /** The last checkpoint accepted for the log: the head every new one must extend. */
  async head(log: string): Promise<AcceptedCheckpoint | undefined> {
    const { rows } = await this.pool.query<CheckpointRow>(
      'SELECT checkpoint, cosignature, published FROM witness_checkpoints WHERE log = $1 ORDER BY size DESC LIMIT 1',
      [log],
    );
    return rows[0] && acceptedOf(rows[0]);
  }

  async accepted(log: string, size: number): Promise<AcceptedCheckpoint | undefined> {
    const { rows } = await this.pool.query<CheckpointRow>(
      'SELECT checkpoint, cosignature, published FROM witness_checkpoints WHERE log = $1 AND size = $2',
      [log, size],
    );
    return rows[0] && acceptedOf(rows[0]);
  }

  /** Every checkpoint accepted for the log, oldest first. */
  async checkpoints(log: string): Promise<AcceptedCheckpoint[]> {
    const { rows } = await this.pool.query<CheckpointRow>(
      'SELECT checkpoint, cosignature, published FROM witness_checkpoints WHERE log = $1 ORDER BY size',
      [log],
    );
    return rows.map(acceptedOf);
  }

  /** Every checkpoint accepted from the service's topic (its log's), oldest first: what an audit of it holds to. */
  async checkpointsOf(service: ServiceName): Promise<SignedCheckpoint[]> {
    const { rows } = await this.pool.query<CheckpointRow>(
      'SELECT checkpoint FROM witness_checkpoints WHERE service = $1 ORDER BY log, size',
      [service],
    );
    return rows.map((row) => row.checkpoint);
  }

  /** Stored before it is published: a crash in between leaves it unpublished, and the start-up publishes it. */
  async accept(checkpoint: SignedCheckpoint, cosignature: Cosignature, service: ServiceName): Promise<void> {
    const { log, size, root } = checkpoint;
    await this.pool.query(
      `INSERT INTO witness_checkpoints (log, size, root, service, checkpoint, cosignature)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (log, size) DO NOTHING`,
      [log, size, root, service, JSON.stringify(checkpoint), JSON.stringify(cosignature)],
    );
  }

  async unpublished(): Promise<Cosignature[]> {
    const { rows } = await this.pool.query<CheckpointRow>(
      'SELECT checkpoint, cosignature, published FROM witness_checkpoints WHERE NOT published ORDER BY log, size',
    );
    return rows.map((row) => row.cosignature);
  }

  async markPublished(log: string, size: number): Promise<void> {
    await this.pool.query('UPDATE witness_checkpoints SET published = true WHERE log = $1 AND size = $2', [log, size]);
  }

  /** Raises the alert unless one with its fingerprint was raised before; answers it when it is new. */
  async raise(alert: NewAlert): Promise<Alert | undefined> {
    const { rows } = await this.pool.query<AlertRow>(
      `INSERT INTO witness_alerts (kind, log, message, evidence, fingerprint) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (fingerprint) DO NOTHING
       RETURNING id::text, kind, log, message, evidence, raised_at`,
      [alert.kind, alert.log, alert.message, JSON.stringify(alert.evidence), alert.fingerprint],
    );
    return rows[0] && alertOf(rows[0]);
  }

  async alerts(log?: string): Promise<Alert[]> {
    const { rows } = await this.pool.query<AlertRow>(
      `SELECT id::text, kind, log, message, evidence, raised_at FROM witness_alerts
        WHERE $1::text IS NULL OR log = $1 ORDER BY id`,
      [log ?? null],
    );
    return rows.map(alertOf);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
