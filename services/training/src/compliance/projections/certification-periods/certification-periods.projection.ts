import { inlineProjection } from '@muster/event-store';
import { certificationCatalogue } from '../../../certification/domain/certification.catalogue';
import { CertificationEvent } from '../../../certification/domain/certification.events';
import { certificationPeriods } from './certification-periods';

/**
 * Keeps a certification's periods in the append transaction: its events so far, and its status day by day recomputed
 * from them. The certifications an append touches are read (and locked) at once and each changed one written once, so
 * a batch of expiries costs two statements. Idempotent: an event at or below the stored version changes nothing.
 */
export const certificationPeriodsProjection = inlineProjection({
  name: 'compliance-certification-periods',
  catalogue: certificationCatalogue,
  async applyAll(recorded, tx) {
    const rows = await tx.query<{ certification_id: string; version: number; events: CertificationEvent[] }>(
      `SELECT certification_id, version, events FROM compliance_certifications
        WHERE certification_id = ANY($1::uuid[]) ORDER BY certification_id FOR UPDATE`,
      [[...new Set(recorded.map((event) => certificationCatalogue.idOf(event.streamId)))]],
    );
    const stored = new Map(rows.map((row) => [row.certification_id, row]));
    const changed = new Map<
      string,
      { version: number; events: CertificationEvent[]; memberId: string; competency: string }
    >();
    for (const event of recorded) {
      const certificationId = certificationCatalogue.idOf(event.streamId);
      const known = changed.get(certificationId) ?? stored.get(certificationId);
      if (known && known.version >= event.streamVersion) continue;
      changed.set(certificationId, {
        version: event.streamVersion,
        events: [...(known?.events ?? []), { type: event.type, data: event.data } as CertificationEvent],
        memberId: event.data.memberId,
        competency: event.data.competency,
      });
    }
    if (changed.size === 0) return;
    await tx.query(
      `INSERT INTO compliance_certifications (certification_id, version, events)
       SELECT c.certification_id, c.version, c.events
         FROM jsonb_to_recordset($1::jsonb) AS c(certification_id uuid, version integer, events jsonb)
       ON CONFLICT (certification_id) DO UPDATE SET version = EXCLUDED.version, events = EXCLUDED.events`,
      [JSON.stringify([...changed].map(([id, c]) => ({ certification_id: id, version: c.version, events: c.events })))],
    );
    // Only the certifications whose periods the events changed are rewritten (an expiry the dates already said, for
    // one, changes none).
    const rewritten = [...changed].flatMap(([id, c]) => {
      const before = JSON.stringify(certificationPeriods(stored.get(id)?.events ?? []));
      const after = certificationPeriods(c.events);
      return JSON.stringify(after) === before ? [] : [{ id, ...c, periods: after }];
    });
    if (rewritten.length === 0) return;
    await tx.query(`DELETE FROM compliance_certification_periods WHERE certification_id = ANY($1::uuid[])`, [
      rewritten.map((c) => c.id),
    ]);
    const periods = rewritten.flatMap((c) =>
      c.periods.map((p) => ({
        certification_id: c.id,
        member_id: c.memberId,
        competency: c.competency,
        valid_from: p.from,
        valid_until: p.until,
        status: p.status,
        expires_on: p.expiresOn,
      })),
    );
    if (periods.length === 0) return;
    await tx.query(
      `INSERT INTO compliance_certification_periods
         (certification_id, member_id, competency, valid_from, valid_until, status, expires_on)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(certification_id uuid, member_id uuid, competency text,
         valid_from date, valid_until date, status text, expires_on date)`,
      [JSON.stringify(periods)],
    );
  },
});
