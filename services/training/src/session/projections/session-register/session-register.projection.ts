import { inlineProjection } from '@muster/event-store';
import { sessionCatalogue } from '../../domain/session.catalogue';
import { SessionView, evolveSessionView } from './session-view';

/**
 * Keeps `training_sessions` in the append transaction, event by event. Idempotent: an event at or below the stored
 * version changes nothing.
 */
export const sessionRegisterProjection = inlineProjection({
  name: 'training-sessions',
  catalogue: sessionCatalogue,
  async apply(event, tx) {
    const sessionId = sessionCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ view: SessionView }>(
      `SELECT view FROM training_sessions WHERE session_id = $1 FOR UPDATE`,
      [sessionId],
    );
    if (row && row.view.version >= event.streamVersion) return;
    const view = evolveSessionView(row?.view ?? null, event);
    if (view === null) return;
    await tx.query(
      `INSERT INTO training_sessions (session_id, version, course_id, centre_id, starts_on, view)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (session_id) DO UPDATE SET version = EXCLUDED.version, view = EXCLUDED.view`,
      [sessionId, view.version, view.courseId, view.centreId, view.startsOn, JSON.stringify(view)],
    );
  },
});
