import { DomainError, IsoDate } from '@muster/event-sourcing';

/** A base transfer's refusals: each code is stable (clients switch on it), each message is for a person. */
export const BaseTransferErrors = {
  notFound: () => new DomainError('BASE_TRANSFER_NOT_FOUND', 'No base transfer is recorded under this id', 'not-found'),
  alreadyPlanned: () =>
    new DomainError('BASE_TRANSFER_ALREADY_PLANNED', 'This base transfer is already planned', 'conflict'),
  detailsRequired: (field: string) =>
    new DomainError('BASE_TRANSFER_DETAILS_REQUIRED', `The base transfer needs ${field}`, 'rule', { field }),
  sameCentre: () =>
    new DomainError(
      'BASE_TRANSFER_SAME_CENTRE',
      'A base transfer goes to another centre than the one it leaves',
      'rule',
    ),
  centreUnknown: (centreId: string) =>
    new DomainError('BASE_TRANSFER_CENTRE_UNKNOWN', 'No centre is registered under this id', 'rule', { centreId }),
  destinationDestroyed: () =>
    new DomainError(
      'BASE_TRANSFER_DESTINATION_DESTROYED',
      'The destination was destroyed: record a decision to rebuild it, or choose another centre',
      'rule',
    ),
  nothingToMove: () =>
    new DomainError('BASE_TRANSFER_EMPTY', 'A base transfer moves at least one member or vehicle', 'rule'),
  alreadyStarted: () =>
    new DomainError('BASE_TRANSFER_ALREADY_STARTED', 'This base transfer has already started', 'conflict'),
  notStarted: () => new DomainError('BASE_TRANSFER_NOT_STARTED', 'This base transfer has not started yet', 'conflict'),
  alreadyCompleted: () =>
    new DomainError('BASE_TRANSFER_ALREADY_COMPLETED', 'This base transfer is already completed', 'conflict'),
  cancelled: () => new DomainError('BASE_TRANSFER_CANCELLED', 'This base transfer was cancelled', 'conflict'),
  vehiclesOutstanding: (vehicleIds: readonly string[]) =>
    new DomainError(
      'BASE_TRANSFER_VEHICLES_OUTSTANDING',
      `${vehicleIds.length} vehicle(s) have neither arrived nor been withdrawn from the plan`,
      'conflict',
      { vehicleIds },
    ),
  confirmationForbidden: () =>
    new DomainError(
      'BASE_TRANSFER_CONFIRMATION_FORBIDDEN',
      'Only the receiving centre’s commander (or an admin) confirms a base transfer',
      'forbidden',
    ),
  effectiveBeforeStart: (startedOn: IsoDate) =>
    new DomainError(
      'BASE_TRANSFER_EFFECTIVE_BEFORE_START',
      `The transfer cannot take effect before it started (${startedOn})`,
      'rule',
      { startedOn },
    ),
  vehicleNotInTransfer: () =>
    new DomainError('VEHICLE_NOT_IN_TRANSFER', 'This vehicle is not part of the base transfer', 'rule'),
  vehicleArrivedElsewhere: () =>
    new DomainError('VEHICLE_ARRIVED_ELSEWHERE', 'The vehicle arrived at another centre than the destination', 'rule'),
  vehicleWithdrawn: () =>
    new DomainError('VEHICLE_WITHDRAWN_FROM_TRANSFER', 'This vehicle was withdrawn from the base transfer', 'conflict'),
  vehicleAlreadyArrived: () =>
    new DomainError('VEHICLE_ALREADY_ARRIVED', 'This vehicle already arrived at the destination', 'conflict'),
} as const;
