import { DomainError, IsoDate } from '@muster/event-sourcing';
import { CentreStatus } from './centre.events';

/** A centre's refusals: each code is stable (clients switch on it), each message is for a person. */
export const CentreErrors = {
  notFound: () => new DomainError('CENTRE_NOT_FOUND', 'No centre is recorded under this id', 'not-found'),
  alreadyRegistered: () =>
    new DomainError('CENTRE_ALREADY_REGISTERED', 'This centre is already registered', 'conflict'),
  detailsRequired: (field: string) =>
    new DomainError('CENTRE_DETAILS_REQUIRED', `The centre needs ${field}`, 'rule', { field }),
  capacityInvalid: (field: string) =>
    new DomainError('CENTRE_CAPACITY_INVALID', `${field} must be a whole number, zero or more`, 'rule', { field }),

  // Status
  transitionNotAllowed: (from: CentreStatus, to: CentreStatus) =>
    new DomainError(
      'STATUS_TRANSITION_NOT_ALLOWED',
      `A centre that is ${from} cannot become ${to} this way`,
      'conflict',
      {
        from,
        to,
      },
    ),
  destroyed: () =>
    new DomainError(
      'CENTRE_DESTROYED',
      'This centre was destroyed: it comes back only by a recorded decision to rebuild it',
      'conflict',
    ),
  statusDateBeforeCurrent: (field: string, currentSince: IsoDate) =>
    new DomainError(
      'STATUS_DATE_BEFORE_CURRENT',
      `${field} cannot be earlier than the day the current status began (${currentSince})`,
      'rule',
      { field, currentSince },
    ),
  reopeningBeforeClosure: () =>
    new DomainError(
      'REOPENING_BEFORE_CLOSURE',
      'The estimated reopening must be later than the day the centre closes',
      'rule',
    ),
  degradationReasonRequired: () =>
    new DomainError('DEGRADATION_REASON_REQUIRED', 'Say what limits the centre (no power, road cut…)', 'rule'),

  // Site and commander
  alreadyAtSite: () => new DomainError('CENTRE_ALREADY_AT_SITE', 'The centre already works from this site', 'conflict'),
  relocationBeforeCurrentSite: (since: IsoDate) =>
    new DomainError(
      'RELOCATION_BEFORE_CURRENT_SITE',
      `The move cannot be earlier than the move to the current site (${since})`,
      'rule',
      { since },
    ),
  commanderNotActiveMember: () =>
    new DomainError(
      'COMMANDER_NOT_ACTIVE_MEMBER',
      'Only an active member can command a centre, and personnel has not reported this one as onboarded and still ' +
        'serving. Check the member, or try again in a moment if they were onboarded just now.',
      'rule',
    ),
  commanderAlreadyAppointed: () =>
    new DomainError('COMMANDER_ALREADY_APPOINTED', 'This member already commands the centre', 'conflict'),
  appointmentBeforeCurrent: (since: IsoDate) =>
    new DomainError(
      'APPOINTMENT_BEFORE_CURRENT',
      `The appointment cannot be earlier than the current commander’s (${since})`,
      'rule',
      { since },
    ),

  // Hazards
  hazardAlreadyReported: () =>
    new DomainError('HAZARD_ALREADY_REPORTED', 'This hazard is already reported', 'conflict'),
  hazardNotFound: () => new DomainError('HAZARD_NOT_FOUND', 'No hazard is recorded under this id here', 'not-found'),
  hazardAlreadyCordoned: () =>
    new DomainError('HAZARD_ALREADY_CORDONED', 'This hazard is already cordoned off', 'conflict'),
  hazardAlreadyCleared: () => new DomainError('HAZARD_ALREADY_CLEARED', 'This hazard was already cleared', 'conflict'),
  hazardDateTooEarly: (field: string, earliest: IsoDate) =>
    new DomainError(
      'HAZARD_DATE_TOO_EARLY',
      `${field} cannot be earlier than ${earliest}, when the hazard was reported or cordoned`,
      'rule',
      { field, earliest },
    ),
} as const;
