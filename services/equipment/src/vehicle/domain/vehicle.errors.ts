import { DomainError } from '@muster/event-sourcing';

/**
 * A vehicle's refusals: each code is stable (clients switch on it), each message is for a logistics officer.
 * 'conflict' = the vehicle's state forbids it (409); 'rule' = the request breaks a rule (422); 'not-found' = no such
 * vehicle, or not one of the caller's centres' (404).
 */
export const VehicleErrors = {
  notFound: () => new DomainError('VEHICLE_NOT_FOUND', 'No vehicle is recorded under this id', 'not-found'),
  alreadyRegistered: () =>
    new DomainError('VEHICLE_ALREADY_REGISTERED', 'This vehicle is already registered', 'conflict'),
  detailsRequired: (field: string) =>
    new DomainError('VEHICLE_DETAILS_REQUIRED', `The vehicle needs ${field}`, 'rule', { field }),
  reasonRequired: (field: string) =>
    new DomainError('REASON_REQUIRED', `Say why: ${field} cannot be blank`, 'rule', { field }),
  yearInFuture: (year: number) =>
    new DomainError('VEHICLE_YEAR_IN_FUTURE', `A vehicle cannot be of model year ${year} yet`, 'rule', { year }),
  timeInFuture: (field: string, value: string) =>
    new DomainError('TIME_IN_FUTURE', `${field} (${value}) is later than now`, 'rule', { field, value }),
  writtenOff: (reason: string) =>
    new DomainError(
      'VEHICLE_WRITTEN_OFF',
      `This vehicle was written off (${reason}); its record can only be read`,
      'conflict',
      { reason },
    ),
  inTransit: (toCentreId: string) =>
    new DomainError(
      'VEHICLE_IN_TRANSIT',
      'This vehicle is on its way to another centre: record its arrival first',
      'conflict',
      { toCentreId },
    ),
  notInTransit: () =>
    new DomainError(
      'VEHICLE_NOT_IN_TRANSIT',
      'No move of this vehicle is open (an arrival with a base transfer not yet seen here names its transfer)',
      'conflict',
    ),
  unserviceable: (reasons: readonly string[]) =>
    new DomainError(
      'VEHICLE_UNSERVICEABLE',
      `This vehicle is unserviceable (${reasons.join(', ')}) and cannot be sent on the road`,
      'conflict',
      { reasons },
    ),
  alreadyAtDestination: (centreId: string) =>
    new DomainError('VEHICLE_ALREADY_AT_DESTINATION', 'This vehicle is already at that centre', 'conflict', {
      centreId,
    }),
  notAtOrigin: (fromCentreId: string) =>
    new DomainError(
      'VEHICLE_NOT_AT_ORIGIN',
      'This vehicle is not at the centre the base transfer leaves from',
      'conflict',
      { fromCentreId },
    ),
  onLoan: (homeCentreId: string) =>
    new DomainError(
      'VEHICLE_ON_LOAN',
      'This vehicle is on loan: it can only go back to the centre that lent it',
      'conflict',
      { homeCentreId },
    ),
  odometerWentBackwards: (lastKm: number, givenKm: number) =>
    new DomainError(
      'ODOMETER_WENT_BACKWARDS',
      `The odometer reads ${givenKm} km, less than the last reading of ${lastKm} km: if that reading was wrong, correct it`,
      'rule',
      { lastKm, givenKm },
    ),
  engineHoursWentBackwards: (lastHours: number, givenHours: number) =>
    new DomainError(
      'ENGINE_HOURS_WENT_BACKWARDS',
      `The hour meter reads ${givenHours} h, less than the last reading of ${lastHours} h`,
      'rule',
      { lastHours, givenHours },
    ),
  odometerCorrectionUnchanged: (km: number) =>
    new DomainError('ODOMETER_CORRECTION_UNCHANGED', `The odometer already reads ${km} km`, 'rule', { km }),
  expectedArrivalNotAfterDispatch: () =>
    new DomainError(
      'EXPECTED_ARRIVAL_NOT_AFTER_DISPATCH',
      'The expected arrival must be later than the dispatch',
      'rule',
    ),
  dispatchBeforeLastArrival: (lastArrivedAt: string) =>
    new DomainError(
      'DISPATCH_BEFORE_LAST_ARRIVAL',
      `This vehicle only arrived at its centre at ${lastArrivedAt}: it cannot have left before`,
      'rule',
      { lastArrivedAt },
    ),
  arrivalNotAfterDispatch: (dispatchedAt: string) =>
    new DomainError(
      'ARRIVAL_NOT_AFTER_DISPATCH',
      `This vehicle left at ${dispatchedAt}: it must arrive later than that`,
      'rule',
      { dispatchedAt },
    ),
  arrivalAtOtherCentre: (expectedCentreId: string) =>
    new DomainError(
      'ARRIVAL_AT_OTHER_CENTRE',
      'This vehicle is on its way to another centre: record a diversion first',
      'conflict',
      { expectedCentreId },
    ),
  divertToSameDestination: () =>
    new DomainError('DIVERT_TO_SAME_DESTINATION', 'The vehicle is already on its way to that centre', 'rule'),
  divertToOrigin: () =>
    new DomainError('DIVERT_TO_ORIGIN', 'That is the centre it left: send it back to its origin instead', 'rule'),
  loanNotAfterDispatch: () =>
    new DomainError('LOAN_DUE_BACK_NOT_AFTER_DISPATCH', 'A loan must be due back after the day it starts', 'rule'),
  incidentRefRequired: (cause: string) =>
    new DomainError('INCIDENT_REF_REQUIRED', `Damage from ${cause} must name the incident it happened in`, 'rule', {
      cause,
    }),
  unknownDamage: (damageId: string) =>
    new DomainError('UNKNOWN_DAMAGE', 'No damage of this vehicle is recorded under this id', 'rule', { damageId }),
  repairOrderNotFound: (orderId: string) =>
    new DomainError('REPAIR_ORDER_NOT_FOUND', 'No repair order of this vehicle has this id', 'not-found', {
      orderId,
    }),
  repairOrderClosed: (orderId: string) =>
    new DomainError('REPAIR_ORDER_CLOSED', 'This repair order is closed', 'conflict', { orderId }),
  repairDateBeforeOpening: (openedOn: string) =>
    new DomainError(
      'REPAIR_DATE_BEFORE_OPENING',
      `This repair order was opened on ${openedOn}: nothing can be recorded on it earlier`,
      'rule',
      { openedOn },
    ),
  repairOrderOpen: (orderIds: readonly string[]) =>
    new DomainError(
      'REPAIR_ORDER_OPEN',
      'A repair order is open: the workshop returns the vehicle to service by closing it',
      'conflict',
      { orderIds },
    ),
  severeDamageNeedsRepair: () =>
    new DomainError(
      'SEVERE_DAMAGE_NEEDS_REPAIR',
      'This vehicle has severe damage: it returns to service when a repair order for it is closed',
      'conflict',
    ),
  notUnserviceable: () =>
    new DomainError('VEHICLE_NOT_UNSERVICEABLE', 'Nothing keeps this vehicle out of service', 'conflict'),
  alreadyDeclaredUnserviceable: () =>
    new DomainError(
      'VEHICLE_ALREADY_DECLARED_UNSERVICEABLE',
      'This vehicle is already declared unserviceable',
      'conflict',
    ),
  checklistIncomplete: (missing: readonly string[]) =>
    new DomainError('CHECKLIST_INCOMPLETE', `The check leaves out: ${missing.join(', ')}`, 'rule', { missing }),
  unknownCheckItems: (unknown: readonly string[]) =>
    new DomainError('UNKNOWN_CHECK_ITEM', `Not on this vehicle's checklist: ${unknown.join(', ')}`, 'rule', {
      unknown,
    }),
  duplicateCheckItems: (duplicates: readonly string[]) =>
    new DomainError('DUPLICATE_CHECK_ITEM', `Checked twice: ${duplicates.join(', ')}`, 'rule', { duplicates }),
  evidenceRequired: () => new DomainError('EVIDENCE_REQUIRED', 'A write-off needs a reference to its evidence', 'rule'),
} as const;
