// A course's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (course.catalogue.ts), never an edit.
import { CourseTerms } from './course.commands';

export type CourseAdded = {
  type: 'CourseAdded';
  data: CourseTerms & { courseId: string; code: string };
};

/** A new version of the course's terms, all of them: the course's events are its history. */
export type CourseRevised = {
  type: 'CourseRevised';
  data: CourseTerms & { courseId: string; revisedOn: string; reason: string };
};

/** Kept in the catalogue and in every certification it gave, but no new session. */
export type CourseRetired = {
  type: 'CourseRetired';
  data: { courseId: string; retiredOn: string; reason: string };
};

/** Every event of a course's stream: each use case adds its own. */
export type CourseEvent = CourseAdded | CourseRevised | CourseRetired;
