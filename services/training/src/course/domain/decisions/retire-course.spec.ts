import { RetireCourse } from '../course.commands';
import { COURSE, courseAdded, spec } from './spec-support';

const retirement: RetireCourse = { type: 'RetireCourse', retiredOn: '2026-01-01', reason: ' Replaced by DD-202' };

describe('RetireCourse', () => {
  it('records CourseRetired with the day and the reason', () => {
    spec
      .given([courseAdded])
      .when(retirement)
      .then([
        { type: 'CourseRetired', data: { courseId: COURSE, retiredOn: '2026-01-01', reason: 'Replaced by DD-202' } },
      ]);
  });
  it('refuses a course never added, a second retirement, a blank reason', () => {
    spec.given([]).when(retirement).thenThrows('COURSE_NOT_FOUND');
    spec
      .given([courseAdded, { type: 'CourseRetired', data: { courseId: COURSE, retiredOn: '2026-01-01', reason: 'x' } }])
      .when(retirement)
      .thenThrows('COURSE_RETIRED');
    spec
      .given([courseAdded])
      .when({ ...retirement, reason: ' ' })
      .thenThrows('COURSE_DETAILS_REQUIRED');
  });
});
