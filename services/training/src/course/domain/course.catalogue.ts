import { defineEventCatalogue } from '@muster/event-sourcing';
import { CourseEvent } from './course.events';

/** A course's stream: every event type it holds and the schema version it is written with. */
export const courseCatalogue = defineEventCatalogue<CourseEvent>({
  streamType: 'course',
  schemaVersions: { CourseAdded: 1, CourseRevised: 1, CourseRetired: 1 },
  upcasters: [],
});
