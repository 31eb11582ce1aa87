/** The longest course, in teaching hours: a longer one is a programme of several courses. */
export const MAX_COURSE_HOURS = 1000;

export type AddCourse = {
  type: 'AddCourse';
  courseId: string;
  /** The organisation's code for the course, e.g. `FF-101`. */
  code: string;
  nameAr: string;
  nameEn: string;
  /** Its length in teaching hours. */
  hours: number;
};

/** Every command a course takes: each use case adds its own. */
export type CourseCommand = AddCourse;
