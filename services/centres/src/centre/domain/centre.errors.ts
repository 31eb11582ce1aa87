import { DomainError } from '@muster/event-sourcing';

/** A centre's refusals: each code is stable (clients switch on it), each message is for a person. */
export const CentreErrors = {
  notFound: () => new DomainError('CENTRE_NOT_FOUND', 'No centre is recorded under this id', 'not-found'),
  alreadyRegistered: () =>
    new DomainError('CENTRE_ALREADY_REGISTERED', 'This centre is already registered', 'conflict'),
  detailsRequired: (field: string) =>
    new DomainError('CENTRE_DETAILS_REQUIRED', `The centre needs ${field}`, 'rule', { field }),
} as const;
