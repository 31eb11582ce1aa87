import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An asset's traces are written one transaction at a time. Each trace is made from the asset's last one, and a
 * vehicle's own events and its fills are in different streams, so two transactions could make theirs from the same
 * last trace and one counter would be lost for good. Both functions take the asset's transaction lock before they
 * read, and read with a snapshot taken after it (a VOLATILE function's statements each take their own): the second
 * transaction waits for the first and builds on its trace.
 */
export class DonorTraceSerial1767400001000 implements MigrationInterface {
  readonly name = 'DonorTraceSerial1767400001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION donor_trace_lock(p_asset uuid) RETURNS void LANGUAGE sql VOLATILE AS $$
        SELECT pg_advisory_xact_lock(hashtextextended('donor_asset_history:' || p_asset::text, 0))
      $$`);
    // Whether a donor funded the asset, and its last trace (null before its first): locked for the caller's write.
    await queryRunner.query(`
      CREATE FUNCTION donor_last_trace(p_asset uuid) RETURNS TABLE (funded boolean, trace jsonb)
        LANGUAGE plpgsql VOLATILE AS $$
        BEGIN
          IF NOT EXISTS (SELECT FROM donor_assets a WHERE a.asset_id = p_asset) THEN
            RETURN QUERY SELECT false, NULL::jsonb;
            RETURN;
          END IF;
          PERFORM donor_trace_lock(p_asset);
          RETURN QUERY SELECT true, (SELECT h.trace FROM donor_asset_history h WHERE h.asset_id = p_asset
                                      ORDER BY h.seq DESC LIMIT 1);
        END $$`);
    // A fill's trace: the last one with one more fill and its litres (summed exactly); none before the first trace.
    // Valid from the fill's recording, or from the last trace's if that was written later (as the projection's own).
    await queryRunner.query(`
      CREATE FUNCTION donor_trace_fill(p_event uuid, p_asset uuid, p_at timestamptz, p_litres numeric) RETURNS integer
        LANGUAGE plpgsql VOLATILE AS $$
        DECLARE written integer;
        BEGIN
          PERFORM donor_trace_lock(p_asset);
          INSERT INTO donor_asset_history (event_id, asset_id, valid_from, trace)
          SELECT p_event, p_asset, greatest(p_at, last.valid_from), last.trace || jsonb_build_object(
                   'fuelIssues', (last.trace->>'fuelIssues')::int + 1,
                   'fuelLitres', round((last.trace->>'fuelLitres')::numeric + p_litres, 1))
            FROM (SELECT h.valid_from, h.trace FROM donor_asset_history h WHERE h.asset_id = p_asset
                   ORDER BY h.seq DESC LIMIT 1) last
          ON CONFLICT (event_id) DO NOTHING;
          GET DIAGNOSTICS written = ROW_COUNT;
          RETURN written;
        END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS donor_trace_fill(uuid, uuid, timestamptz, numeric)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS donor_last_trace(uuid)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS donor_trace_lock(uuid)`);
  }
}
