import { inlineProjection } from '@muster/event-store';
import { recognitionCaseCatalogue } from '../../domain/recognition-case.catalogue';
import { evolveRecognitionCaseView, RecognitionCaseView } from './recognition-case-view';

/**
 * Keeps `recognition_cases` in the append transaction, event by event. Idempotent: an event at or below the stored
 * version changes nothing.
 */
export const recognitionCasesProjection = inlineProjection({
  name: 'recognition-cases',
  catalogue: recognitionCaseCatalogue,
  async apply(event, tx) {
    const caseId = recognitionCaseCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ view: RecognitionCaseView }>(
      `SELECT view FROM recognition_cases WHERE case_id = $1 FOR UPDATE`,
      [caseId],
    );
    if (row && row.view.version >= event.streamVersion) return;
    const v = evolveRecognitionCaseView(row?.view ?? null, event);
    if (v === null) return;
    await tx.query(
      `INSERT INTO recognition_cases (case_id, version, member_id, intake_id, receiving_centre_id, open, view)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (case_id) DO UPDATE SET version = EXCLUDED.version, open = EXCLUDED.open, view = EXCLUDED.view`,
      [caseId, v.version, v.memberId, v.intakeId, v.receivingCentreId, v.closed === null, JSON.stringify(v)],
    );
  },
});
