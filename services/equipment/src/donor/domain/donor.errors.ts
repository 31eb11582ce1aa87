import { DomainError } from '@muster/event-sourcing';

/** A donor's refusals: each code is stable (clients switch on it), each message is for a person. */
export const DonorErrors = {
  notFound: () => new DomainError('DONOR_NOT_FOUND', 'No donor is recorded under this id', 'not-found'),
  /** A record (a vehicle, an item, a delivery) names a donor the register does not hold: record the donor first. */
  unknown: (donorId: string) =>
    new DomainError('DONOR_UNKNOWN', 'No donor is recorded under this id: record the donor first', 'rule', {
      donorId,
    }),
  alreadyRecorded: () => new DomainError('DONOR_ALREADY_RECORDED', 'This donor is already recorded', 'conflict'),
  nameRequired: (field: string) =>
    new DomainError('DONOR_NAME_REQUIRED', `The donor needs its name in ${field}`, 'rule', { field }),
} as const;
