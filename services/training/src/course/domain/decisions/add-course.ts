import { AddCourse, MAX_COURSE_HOURS } from '../course.commands';
import { CourseErrors as E } from '../course.errors';
import { CourseAdded } from '../course.events';
import { CourseState } from '../course.state';

/** AddCourse: a course is added once, with its code, its names in Arabic and English and its length in hours. */
export function addCourse(command: AddCourse, state: CourseState): CourseAdded[] {
  if (state.courseId !== null) throw E.alreadyAdded();
  // Trimmed, so that a stray space never makes a second name for the same course.
  const required = (field: 'code' | 'nameAr' | 'nameEn'): string => {
    const value = command[field].trim();
    if (value === '') throw E.detailsRequired(field);
    return value;
  };
  if (!Number.isInteger(command.hours) || command.hours < 1 || command.hours > MAX_COURSE_HOURS) {
    throw E.invalidHours(command.hours);
  }
  return [
    {
      type: 'CourseAdded',
      data: {
        courseId: command.courseId,
        code: required('code'),
        nameAr: required('nameAr'),
        nameEn: required('nameEn'),
        hours: command.hours,
      },
    },
  ];
}
