import { DomainError } from '@muster/event-sourcing';
import { MAX_COURSE_HOURS, MAX_VALIDITY_MONTHS } from './course.commands';

/** A course's refusals: each code is stable (clients switch on it), each message is for a person. */
export const CourseErrors = {
  notFound: () => new DomainError('COURSE_NOT_FOUND', 'No course is recorded under this id', 'not-found'),
  alreadyAdded: () => new DomainError('COURSE_ALREADY_ADDED', 'This course is already added', 'conflict'),
  codeTaken: (code: string) =>
    new DomainError('COURSE_CODE_TAKEN', `Another course already has the code ${code}`, 'conflict', { code }),
  retired: () =>
    new DomainError(
      'COURSE_RETIRED',
      'This course is retired: it is kept, but nothing new is done with it',
      'conflict',
    ),
  detailsRequired: (field: string) =>
    new DomainError('COURSE_DETAILS_REQUIRED', `The course needs ${field}`, 'rule', { field }),
  invalidHours: (hours: unknown) =>
    new DomainError(
      'COURSE_INVALID_HOURS',
      `A course lasts a whole number of hours, from 1 to ${MAX_COURSE_HOURS}`,
      'rule',
      { hours },
    ),
  invalidCompetency: (competency: string) =>
    new DomainError(
      'COURSE_INVALID_COMPETENCY',
      'A competency is written in lower-case words joined by hyphens, e.g. first-aid or search-and-rescue',
      'rule',
      { competency },
    ),
  invalidPassMark: (passMark: unknown) =>
    new DomainError('COURSE_INVALID_PASS_MARK', 'The pass mark is a whole score from 0 to 100', 'rule', { passMark }),
  invalidValidity: (validityMonths: unknown) =>
    new DomainError(
      'COURSE_INVALID_VALIDITY',
      `A certification stays valid a whole number of months from 1 to ${MAX_VALIDITY_MONTHS}, or does not expire`,
      'rule',
      { validityMonths },
    ),
  ownPrerequisite: () => new DomainError('COURSE_OWN_PREREQUISITE', 'A course cannot be its own prerequisite', 'rule'),
  unknownPrerequisites: (courseIds: readonly string[]) =>
    new DomainError('COURSE_PREREQUISITE_UNKNOWN', 'A prerequisite is not a course of the catalogue', 'rule', {
      courseIds,
    }),
} as const;
