import { defineAggregate } from '@muster/platform';
import { courseCatalogue } from './domain/course.catalogue';
import { courseDecider } from './domain/course.decider';
import { CourseErrors } from './domain/course.errors';

/** The course's one command path. */
export const courseAggregate = defineAggregate({
  catalogue: courseCatalogue,
  decider: courseDecider,
  notFound: CourseErrors.notFound,
});
