import { DataSource } from 'typeorm';

/**
 * Tables the runtime role may not write freely, with what it may do. `events` is the record: read and appended, never
 * edited, deleted or truncated (the hash chain shows an edit; this refuses it). The migrations' ledger is only read
 * (start-up checks that nothing is pending); the verifiable log's tree and checkpoints are only added to. Every other
 * table — streams, snapshots, checkpoints, idempotency keys, inbox, relay state, read models, the key store — is
 * bookkeeping the service reads, writes and, to rebuild a read model or erase a member's key, deletes from.
 */
const RESTRICTED: Readonly<Record<string, string>> = {
  events: 'SELECT, INSERT',
  migrations: 'SELECT',
  // The verifiable log's tree and signed heads are records too: only ever added to.
  log_tiles: 'SELECT, INSERT',
  log_tile_starts: 'SELECT, INSERT',
  log_checkpoints: 'SELECT, INSERT',
};

// Two instances migrating at once would GRANT on the same rows ("tuple concurrently updated"): one at a time.
const GRANTS_LOCK = 0x6772616e; // 'gran'

/**
 * Run by the migrator (owner of every table) after each migration run: the runtime role gets rows, not structure —
 * no DDL (it owns nothing and may not create in the schema), no TRUNCATE, REFERENCES or TRIGGER, and the restrictions
 * above. Default privileges give tables later migrations make the same grants; this re-applies the restrictions.
 */
export async function grantRuntimeAccess(migrator: DataSource, runtimeRole: string): Promise<void> {
  await migrator.transaction(async (tx) => {
    const [me] = await tx.query<Array<{ me: string; runtime: string }>>(
      `SELECT current_user AS me, quote_ident($1) AS runtime`,
      [runtimeRole],
    );
    if (!me || me.me === runtimeRole) return; // one role for both: nothing to separate
    const runtime = me.runtime;
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [GRANTS_LOCK]);
    await tx.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime}`,
    );
    await tx.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${runtime}`);
    await tx.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtime}`);
    await tx.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${runtime}`);
    await tx.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${runtime}`);
    for (const [table, privileges] of Object.entries(RESTRICTED)) {
      await tx.query(`REVOKE ALL ON ${table} FROM ${runtime}`);
      await tx.query(`GRANT ${privileges} ON ${table} TO ${runtime}`);
    }
  });
}
