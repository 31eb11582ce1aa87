import { CourseCatalogue } from '../../course/projections/course-catalogue/course-catalogue.queries';
import { CourseOnRecord } from '../domain/recognition-case.commands';

/** What a recognition decision needs of a course, as the catalogue knows it now (null: no such course). */
export async function courseOnRecord(catalogue: CourseCatalogue, courseId: string): Promise<CourseOnRecord> {
  const [course] = await catalogue.views([courseId]);
  return course
    ? {
        courseId: course.courseId,
        code: course.code,
        competency: course.competency,
        isInduction: course.isInduction,
        retired: course.retired !== null,
        validityMonths: course.validityMonths,
      }
    : null;
}
