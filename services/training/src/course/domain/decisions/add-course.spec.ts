import { AddCourse } from '../course.commands';
import { CourseAdded } from '../course.events';
import { spec } from './spec-support';

const command: AddCourse = {
  type: 'AddCourse',
  courseId: 'course-1',
  code: 'FF-101',
  nameAr: 'أساسيات الإطفاء',
  nameEn: 'Firefighting basics ',
  hours: 40,
};
const courseAdded: CourseAdded = {
  type: 'CourseAdded',
  data: { courseId: 'course-1', code: 'FF-101', nameAr: 'أساسيات الإطفاء', nameEn: 'Firefighting basics', hours: 40 },
};

describe('AddCourse', () => {
  it('records CourseAdded, names trimmed', () => {
    spec.given([]).when(command).then([courseAdded]);
  });
  it('refuses a second time', () => {
    spec.given([courseAdded]).when(command).thenThrows('COURSE_ALREADY_ADDED');
  });
  it('refuses blank names and a length that is not a whole number of hours from 1 to 1000', () => {
    spec
      .given([])
      .when({ ...command, nameAr: '' })
      .thenThrows('COURSE_DETAILS_REQUIRED');
    for (const hours of [0, 2.5, 1001])
      spec
        .given([])
        .when({ ...command, hours })
        .thenThrows('COURSE_INVALID_HOURS');
  });
});
