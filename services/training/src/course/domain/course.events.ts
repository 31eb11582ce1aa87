// A course's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (course.catalogue.ts), never an edit.

export type CourseAdded = {
  type: 'CourseAdded';
  data: { courseId: string; code: string; nameAr: string; nameEn: string; hours: number };
};

/** Every event of a course's stream: each use case adds its own. */
export type CourseEvent = CourseAdded;
