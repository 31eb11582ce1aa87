import { requireIsoDate } from '@muster/event-sourcing';
import { RetireCourse } from '../course.commands';
import { CourseErrors as E } from '../course.errors';
import { CourseRetired } from '../course.events';
import { CourseState } from '../course.state';

/** RetireCourse: the course stays in the catalogue (it certified people) but takes no new session; once. */
export function retireCourse(command: RetireCourse, state: CourseState): CourseRetired[] {
  if (state.courseId === null) throw E.notFound();
  if (state.retired) throw E.retired();
  requireIsoDate(command.retiredOn, 'retiredOn');
  const reason = command.reason.trim();
  if (reason === '') throw E.detailsRequired('a reason for retiring it');
  return [{ type: 'CourseRetired', data: { courseId: state.courseId, retiredOn: command.retiredOn, reason } }];
}
