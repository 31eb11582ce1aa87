import { DomainError } from '@muster/event-sourcing';

/** A vehicle's refusals: each code is stable (clients switch on it), each message is for a person. */
export const VehicleErrors = {
  notFound: () => new DomainError('VEHICLE_NOT_FOUND', 'No vehicle is recorded under this id', 'not-found'),
  alreadyRegistered: () =>
    new DomainError('VEHICLE_ALREADY_REGISTERED', 'This vehicle is already registered', 'conflict'),
  detailsRequired: (field: string) =>
    new DomainError('VEHICLE_DETAILS_REQUIRED', `The vehicle needs ${field}`, 'rule', { field }),
} as const;
