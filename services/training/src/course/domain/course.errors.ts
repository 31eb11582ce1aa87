import { DomainError } from '@muster/event-sourcing';
import { MAX_COURSE_HOURS } from './course.commands';

/** A course's refusals: each code is stable (clients switch on it), each message is for a person. */
export const CourseErrors = {
  notFound: () => new DomainError('COURSE_NOT_FOUND', 'No course is recorded under this id', 'not-found'),
  alreadyAdded: () => new DomainError('COURSE_ALREADY_ADDED', 'This course is already added', 'conflict'),
  detailsRequired: (field: string) =>
    new DomainError('COURSE_DETAILS_REQUIRED', `The course needs ${field}`, 'rule', { field }),
  invalidHours: (hours: unknown) =>
    new DomainError(
      'COURSE_INVALID_HOURS',
      `A course lasts a whole number of hours, from 1 to ${MAX_COURSE_HOURS}`,
      'rule',
      { hours },
    ),
} as const;
