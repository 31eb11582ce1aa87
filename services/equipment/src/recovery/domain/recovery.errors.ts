import { DomainError } from '@muster/event-sourcing';

/** A recovery's refusals: each code is stable (clients switch on it), each message is for a person. */
export const RecoveryErrors = {
  notFound: () => new DomainError('RECOVERY_NOT_FOUND', 'No recovery is recorded under this id', 'not-found'),
} as const;
