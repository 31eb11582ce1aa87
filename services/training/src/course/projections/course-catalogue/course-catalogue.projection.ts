import { inlineProjection } from '@muster/event-store';
import { courseCatalogue } from '../../domain/course.catalogue';
import { CourseView, evolveCourseView } from './course-view';

/**
 * Keeps `training_courses` in the append transaction, event by event. Idempotent: an event at or below the stored
 * version changes nothing.
 */
export const courseCatalogueProjection = inlineProjection({
  name: 'training-courses',
  catalogue: courseCatalogue,
  async apply(event, tx) {
    const courseId = courseCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ view: CourseView }>(
      `SELECT view FROM training_courses WHERE course_id = $1 FOR UPDATE`,
      [courseId],
    );
    if (row && row.view.version >= event.streamVersion) return;
    const view = evolveCourseView(row?.view ?? null, event);
    if (view === null) return;
    await tx.query(
      `INSERT INTO training_courses (course_id, version, code, competency, retired, view)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (course_id) DO UPDATE SET version = EXCLUDED.version, competency = EXCLUDED.competency,
         retired = EXCLUDED.retired, view = EXCLUDED.view`,
      [courseId, view.version, view.code, view.competency, view.retired !== null, JSON.stringify(view)],
    );
  },
});
