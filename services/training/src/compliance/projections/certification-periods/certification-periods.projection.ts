import { inlineProjection } from '@muster/event-store';
import { certificationCatalogue } from '../../../certification/domain/certification.catalogue';
import { CertificationEvent } from '../../../certification/domain/certification.events';
import { certificationPeriods } from './certification-periods';

/**
 * Keeps a certification's periods in the append transaction: its events so far, and its status day by day recomputed
 * from them. Idempotent: an event at or below the stored version changes nothing.
 */
export const certificationPeriodsProjection = inlineProjection({
  name: 'compliance-certification-periods',
  catalogue: certificationCatalogue,
  async apply(event, tx) {
    const certificationId = certificationCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ version: number; events: CertificationEvent[] }>(
      `SELECT version, events FROM compliance_certifications WHERE certification_id = $1 FOR UPDATE`,
      [certificationId],
    );
    if (row && row.version >= event.streamVersion) return;
    const events: CertificationEvent[] = [
      ...(row?.events ?? []),
      { type: event.type, data: event.data } as CertificationEvent,
    ];
    await tx.query(
      `INSERT INTO compliance_certifications (certification_id, version, events) VALUES ($1, $2, $3)
       ON CONFLICT (certification_id) DO UPDATE SET version = EXCLUDED.version, events = EXCLUDED.events`,
      [certificationId, event.streamVersion, JSON.stringify(events)],
    );
    await tx.query(`DELETE FROM compliance_certification_periods WHERE certification_id = $1`, [certificationId]);
    const { memberId, competency } = event.data;
    for (const p of certificationPeriods(events)) {
      await tx.query(
        `INSERT INTO compliance_certification_periods
           (certification_id, member_id, competency, valid_from, valid_until, status, expires_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [certificationId, memberId, competency, p.from, p.until, p.status, p.expiresOn],
      );
    }
  },
});
