import { DomainError } from '@muster/event-sourcing';
import { MAX_CAPACITY } from './session.commands';

/** A session's refusals: each code is stable (clients switch on it), each message is for a person. */
export const SessionErrors = {
  notFound: () => new DomainError('SESSION_NOT_FOUND', 'No session is recorded under this id', 'not-found'),
  alreadyScheduled: () => new DomainError('SESSION_ALREADY_SCHEDULED', 'This session is already scheduled', 'conflict'),
  outOfScope: () =>
    new DomainError('SESSION_OUT_OF_SCOPE', 'This session is at a centre you do not command', 'forbidden'),
  invalidDates: (startsOn: string, endsOn: string) =>
    new DomainError(
      'SESSION_INVALID_DATES',
      `A session cannot end (${endsOn}) before it starts (${startsOn})`,
      'rule',
      {
        startsOn,
        endsOn,
      },
    ),
  invalidCapacity: (capacity: unknown) =>
    new DomainError('SESSION_INVALID_CAPACITY', `A session takes from 1 to ${MAX_CAPACITY} people`, 'rule', {
      capacity,
    }),
  instructorRequired: () =>
    new DomainError('SESSION_INSTRUCTOR_REQUIRED', 'A session needs at least one instructor', 'rule'),
  full: (capacity: number) =>
    new DomainError('SESSION_FULL', `This session is full: it takes ${capacity} people`, 'conflict', { capacity }),
  alreadyEnrolled: () =>
    new DomainError('MEMBER_ALREADY_ENROLLED', 'This member is already enrolled in this session', 'conflict'),
  memberNotKnown: () =>
    new DomainError(
      'MEMBER_NOT_KNOWN',
      'Training has not yet received this member from personnel; try again shortly',
      'rule',
    ),
  memberNotEligible: (status: string) =>
    new DomainError('MEMBER_NOT_ELIGIBLE', `A member who is ${status} cannot be enrolled`, 'rule', { status }),
  prerequisiteMissing: (competencies: readonly string[]) =>
    new DomainError(
      'PREREQUISITE_MISSING',
      `The member needs a valid certification in ${competencies.join(', ')} before this course`,
      'rule',
      { competencies },
    ),
  notEnrolled: () => new DomainError('NOT_ENROLLED', 'This member is not enrolled in this session', 'rule'),
  dayOutsideSession: (day: string, startsOn: string, endsOn: string) =>
    new DomainError(
      'ATTENDANCE_DAY_OUTSIDE_SESSION',
      `The session runs from ${startsOn} to ${endsOn}: ${day} is not one of its days`,
      'rule',
      { day, startsOn, endsOn },
    ),
  scoreOutOfRange: (score: unknown) =>
    new DomainError('SCORE_OUT_OF_RANGE', 'A score is a whole number from 0 to 100', 'rule', { score }),
  resultBeforeSession: (resultOn: string, startsOn: string) =>
    new DomainError(
      'RESULT_BEFORE_SESSION',
      `A result (${resultOn}) cannot be recorded before the session starts (${startsOn})`,
      'rule',
      { resultOn, startsOn },
    ),
  resultAlreadyRecorded: () =>
    new DomainError('RESULT_ALREADY_RECORDED', 'This member’s result in this session is already recorded', 'conflict'),
} as const;
