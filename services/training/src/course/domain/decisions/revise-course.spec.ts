import { ReviseCourse } from '../course.commands';
import { CourseRetired } from '../course.events';
import { COURSE, DRIVING, courseAdded, spec } from './spec-support';

const revision: ReviseCourse = {
  type: 'ReviseCourse',
  nameAr: 'القيادة الدفاعية',
  nameEn: 'Defensive driving',
  competency: 'defensive-driving',
  hours: 32,
  passMark: 75,
  validityMonths: 36,
  prerequisites: [DRIVING],
  isInduction: false,
  revisedOn: '2026-01-10',
  reason: 'Night driving added ',
  catalogue: { recordedPrerequisites: [DRIVING] },
};
const retired: CourseRetired = {
  type: 'CourseRetired',
  data: { courseId: COURSE, retiredOn: '2026-01-01', reason: 'Replaced' },
};

describe('ReviseCourse', () => {
  it('records the new version of every term, the day and the reason', () => {
    spec
      .given([courseAdded])
      .when(revision)
      .then([
        {
          type: 'CourseRevised',
          data: {
            courseId: COURSE,
            nameAr: 'القيادة الدفاعية',
            nameEn: 'Defensive driving',
            competency: 'defensive-driving',
            hours: 32,
            passMark: 75,
            validityMonths: 36,
            prerequisites: [DRIVING],
            isInduction: false,
            revisedOn: '2026-01-10',
            reason: 'Night driving added',
          },
        },
      ]);
  });
  it('refuses a course never added, a retired one, and a revision without a reason', () => {
    spec.given([]).when(revision).thenThrows('COURSE_NOT_FOUND');
    spec.given([courseAdded, retired]).when(revision).thenThrows('COURSE_RETIRED');
    spec
      .given([courseAdded])
      .when({ ...revision, reason: '' })
      .thenThrows('COURSE_DETAILS_REQUIRED');
  });
  it('checks the terms as adding does', () => {
    spec
      .given([courseAdded])
      .when({ ...revision, passMark: 101 })
      .thenThrows('COURSE_INVALID_PASS_MARK');
    spec
      .given([courseAdded])
      .when({ ...revision, prerequisites: [COURSE] })
      .thenThrows('COURSE_OWN_PREREQUISITE');
  });
});
