import { requireIsoDate } from '@muster/event-sourcing';
import { ReviseCourse } from '../course.commands';
import { CourseErrors as E } from '../course.errors';
import { CourseRevised } from '../course.events';
import { CourseState } from '../course.state';
import { checkedTerms } from './course-terms';

/**
 * ReviseCourse: a new version of a course's terms, with the day and the reason; the earlier versions stay in its
 * history. A retired course is not revised.
 */
export function reviseCourse(command: ReviseCourse, state: CourseState): CourseRevised[] {
  if (state.courseId === null) throw E.notFound();
  if (state.retired) throw E.retired();
  requireIsoDate(command.revisedOn, 'revisedOn');
  const reason = command.reason.trim();
  if (reason === '') throw E.detailsRequired('a reason for the revision');
  const terms = checkedTerms(command, state.courseId, command.catalogue.recordedPrerequisites);
  return [
    { type: 'CourseRevised', data: { courseId: state.courseId, ...terms, revisedOn: command.revisedOn, reason } },
  ];
}
