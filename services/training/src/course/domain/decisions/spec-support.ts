// Fixtures shared by the course decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { AddCourse } from '../course.commands';
import { courseDecider } from '../course.decider';
import { CourseAdded } from '../course.events';

export const spec = deciderSpec(courseDecider);

export const COURSE = '6c0f3a52-0000-4000-8000-000000000001';
export const DRIVING = '6c0f3a52-0000-4000-8000-000000000002';

export const addition: AddCourse = {
  type: 'AddCourse',
  courseId: COURSE,
  code: 'DD-201',
  nameAr: 'القيادة الدفاعية',
  nameEn: 'Defensive driving ',
  competency: 'defensive-driving',
  hours: 24,
  passMark: 70,
  validityMonths: 24,
  prerequisites: [DRIVING],
  isInduction: false,
  catalogue: { codeTaken: false, recordedPrerequisites: [DRIVING] },
};

export const courseAdded: CourseAdded = {
  type: 'CourseAdded',
  data: {
    courseId: COURSE,
    code: 'DD-201',
    nameAr: 'القيادة الدفاعية',
    nameEn: 'Defensive driving',
    competency: 'defensive-driving',
    hours: 24,
    passMark: 70,
    validityMonths: 24,
    prerequisites: [DRIVING],
    isInduction: false,
  },
};
