import { inlineProjection } from '@muster/event-store';
import { certificationCatalogue } from '../../domain/certification.catalogue';
import { CertificationView, evolveCertificationView } from './certification-view';

/**
 * Keeps `training_certifications` in the append transaction, event by event. Idempotent: an event at or below the
 * stored version changes nothing.
 */
export const certificationRegisterProjection = inlineProjection({
  name: 'training-certifications',
  catalogue: certificationCatalogue,
  async apply(event, tx) {
    const certificationId = certificationCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ view: CertificationView }>(
      `SELECT view FROM training_certifications WHERE certification_id = $1 FOR UPDATE`,
      [certificationId],
    );
    if (row && row.view.version >= event.streamVersion) return;
    const v = evolveCertificationView(row?.view ?? null, event);
    if (v === null) return;
    await tx.query(
      `INSERT INTO training_certifications (certification_id, version, member_id, course_id, competency, issuing_body,
         number, issued_on, expires_on, status, view)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (certification_id) DO UPDATE SET version = EXCLUDED.version, expires_on = EXCLUDED.expires_on,
         status = EXCLUDED.status, view = EXCLUDED.view`,
      [
        certificationId,
        v.version,
        v.memberId,
        v.courseId,
        v.competency,
        v.issuingBody,
        v.number,
        v.issuedOn,
        v.expiresOn,
        v.status,
        JSON.stringify(v),
      ],
    );
  },
});
