// Fixtures shared by the session decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { Actor, EnrolMember, ScheduleSession, SessionCourse } from '../session.commands';
import { sessionDecider } from '../session.decider';
import { MemberEnrolledInSession, SessionScheduled } from '../session.events';

export const spec = deciderSpec(sessionDecider);

export const SESSION = '8e2f5c74-0000-4000-8000-000000000001';
export const COURSE = '8e2f5c74-0000-4000-8000-000000000002';
export const CENTRE = '8e2f5c74-0000-4000-8000-000000000003';
export const OTHER_CENTRE = '8e2f5c74-0000-4000-8000-000000000004';
export const INSTRUCTOR = '8e2f5c74-0000-4000-8000-000000000005';
export const MEMBER = '8e2f5c74-0000-4000-8000-000000000006';
export const SECOND = '8e2f5c74-0000-4000-8000-000000000007';

export const everyCentre: Actor = { centreIds: null };
export const commanderOf = (...centreIds: string[]): Actor => ({ centreIds });

export const course: SessionCourse = {
  courseId: COURSE,
  code: 'DD-201',
  competency: 'defensive-driving',
  passMark: 70,
  validityMonths: 24,
  isInduction: false,
  retired: false,
  prerequisiteCompetencies: ['driving'],
};

export const schedule: ScheduleSession = {
  type: 'ScheduleSession',
  sessionId: SESSION,
  courseId: COURSE,
  course,
  centreId: CENTRE,
  instructorIds: [INSTRUCTOR],
  startsOn: '2026-02-01',
  endsOn: '2026-02-03',
  capacity: 2,
  actor: everyCentre,
};

export const scheduled: SessionScheduled = {
  type: 'SessionScheduled',
  data: {
    sessionId: SESSION,
    courseId: COURSE,
    courseCode: 'DD-201',
    competency: 'defensive-driving',
    passMark: 70,
    validityMonths: 24,
    isInduction: false,
    prerequisiteCompetencies: ['driving'],
    centreId: CENTRE,
    instructorIds: [INSTRUCTOR],
    startsOn: '2026-02-01',
    endsOn: '2026-02-03',
    capacity: 2,
  },
};

export const enrol = (memberId: string): EnrolMember => ({
  type: 'EnrolMember',
  memberId,
  enrolledOn: '2026-01-20',
  member: { status: 'active' },
  validCompetencies: ['driving'],
  courseRetired: false,
  actor: everyCentre,
});

export const enrolled = (memberId: string): MemberEnrolledInSession => ({
  type: 'MemberEnrolledInSession',
  data: { sessionId: SESSION, memberId, enrolledOn: '2026-01-20' },
});
