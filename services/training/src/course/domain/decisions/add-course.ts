import { AddCourse } from '../course.commands';
import { CourseErrors as E } from '../course.errors';
import { CourseAdded } from '../course.events';
import { CourseState } from '../course.state';
import { checkedTerms } from './course-terms';

/**
 * AddCourse: a course is added once, under a code no other course holds, with its names in Arabic and English, its
 * competency, hours, pass mark, validity and prerequisites (courses of the catalogue).
 */
export function addCourse(command: AddCourse, state: CourseState): CourseAdded[] {
  if (state.courseId !== null) throw E.alreadyAdded();
  const code = command.code.trim();
  if (code === '') throw E.detailsRequired('code');
  if (command.catalogue.codeTaken) throw E.codeTaken(code);
  const terms = checkedTerms(command, command.courseId, command.catalogue.recordedPrerequisites);
  return [{ type: 'CourseAdded', data: { courseId: command.courseId, code, ...terms } }];
}
