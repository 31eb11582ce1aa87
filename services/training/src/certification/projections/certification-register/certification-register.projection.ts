import { inlineProjection } from '@muster/event-store';
import { certificationCatalogue } from '../../domain/certification.catalogue';
import { CertificationView, evolveCertificationView } from './certification-view';

/**
 * Keeps `training_certifications` in the append transaction: the rows of the certifications an append touches read
 * (and locked) at once, its events folded into them, each changed row written once — so a batch of expiries costs two
 * statements. Idempotent: an event at or below the stored version changes nothing.
 */
export const certificationRegisterProjection = inlineProjection({
  name: 'training-certifications',
  catalogue: certificationCatalogue,
  async applyAll(events, tx) {
    const rows = await tx.query<{ certification_id: string; view: CertificationView }>(
      `SELECT certification_id, view FROM training_certifications WHERE certification_id = ANY($1::uuid[])
        ORDER BY certification_id FOR UPDATE`,
      [[...new Set(events.map((event) => certificationCatalogue.idOf(event.streamId)))]],
    );
    const views = new Map(rows.map((row) => [row.certification_id, row.view]));
    const changed = new Map<string, CertificationView>();
    for (const event of events) {
      const certificationId = certificationCatalogue.idOf(event.streamId);
      const view = views.get(certificationId) ?? null;
      if (view && view.version >= event.streamVersion) continue;
      const next = evolveCertificationView(view, event);
      if (next === null) continue;
      views.set(certificationId, next);
      changed.set(certificationId, next);
    }
    if (changed.size === 0) return;
    await tx.query(
      `INSERT INTO training_certifications (certification_id, version, member_id, course_id, competency, issuing_body,
         number, issued_on, expires_on, status, view)
       SELECT v.certification_id, v.version, v.member_id, v.course_id, v.competency, v.issuing_body, v.number,
              v.issued_on, v.expires_on, v.status, v.view
         FROM jsonb_to_recordset($1::jsonb) AS v(certification_id uuid, version integer, member_id uuid,
              course_id uuid, competency text, issuing_body text, number text, issued_on date, expires_on date,
              status text, view jsonb)
       ON CONFLICT (certification_id) DO UPDATE SET version = EXCLUDED.version, expires_on = EXCLUDED.expires_on,
         status = EXCLUDED.status, view = EXCLUDED.view`,
      [
        JSON.stringify(
          [...changed].map(([certificationId, v]) => ({
            certification_id: certificationId,
            version: v.version,
            member_id: v.memberId,
            course_id: v.courseId,
            competency: v.competency,
            issuing_body: v.issuingBody,
            number: v.number,
            issued_on: v.issuedOn,
            expires_on: v.expiresOn,
            status: v.status,
            view: v,
          })),
        ),
      ],
    );
  },
});
