import { DomainError } from '@muster/event-sourcing';
import { CommonRuleErrors } from '../../member/domain/common-rules';

export const CrewIntakeErrors = {
  ...CommonRuleErrors,
  notFound: () => new DomainError('INTAKE_NOT_FOUND', 'No crew intake is recorded under this id', 'not-found'),
  alreadyOpened: () => new DomainError('INTAKE_ALREADY_OPENED', 'This crew intake has already been opened', 'conflict'),
  alreadyCompleted: () =>
    new DomainError('INTAKE_ALREADY_COMPLETED', 'This crew intake is complete; it can no longer change', 'conflict'),
  cancelled: () =>
    new DomainError('INTAKE_CANCELLED', 'This crew intake was cancelled; it can no longer change', 'conflict'),
  personNotFound: (personId: string) =>
    new DomainError('INTAKE_PERSON_NOT_FOUND', `No person ${personId} in this intake`, 'not-found', { personId }),
  personAlreadyAdded: (personId: string) =>
    new DomainError('INTAKE_PERSON_ALREADY_ADDED', `Person ${personId} is already in this intake`, 'conflict', {
      personId,
    }),
  duplicateIdentity: (keyId: string) =>
    new DomainError(
      'INTAKE_DUPLICATE_IDENTITY',
      'Another person in this intake already uses this identity key',
      'conflict',
      {
        keyId,
      },
    ),
  personAlreadyVetted: (personId: string, outcome: string) =>
    new DomainError(
      'INTAKE_PERSON_ALREADY_VETTED',
      `Person ${personId} has already been vetted (${outcome})`,
      'conflict',
      {
        personId,
        outcome,
      },
    ),
  personRejected: (personId: string) =>
    new DomainError(
      'INTAKE_PERSON_REJECTED',
      `Person ${personId} was rejected at vetting; their ranks are not mapped`,
      'conflict',
      {
        personId,
      },
    ),
  noPeople: () =>
    new DomainError('INTAKE_HAS_NO_PEOPLE', 'An intake with nobody in it cannot be completed', 'conflict'),
  unvettedPeople: (personIds: string[]) =>
    new DomainError(
      'INTAKE_HAS_UNVETTED_PEOPLE',
      `Every person must be vetted first; not yet: ${personIds.join(', ')}`,
      'conflict',
      {
        personIds,
      },
    ),
  unmappedPeople: (personIds: string[]) =>
    new DomainError(
      'INTAKE_HAS_UNMAPPED_PEOPLE',
      `Every cleared person needs their prior ranks mapped to Muster roles first; not yet: ${personIds.join(', ')}`,
      'conflict',
      { personIds },
    ),

  detailsRequired: (field: string) =>
    new DomainError('INTAKE_DETAILS_REQUIRED', `The intake needs ${field}`, 'rule', { field }),
  priorServiceRequired: () =>
    new DomainError(
      'PRIOR_SERVICE_REQUIRED',
      'A person joining with a crew needs their prior service recorded',
      'rule',
    ),
  priorServiceIncomplete: (index: number) =>
    new DomainError(
      'PRIOR_SERVICE_INCOMPLETE',
      `Prior service #${index + 1} needs an organisation and a rank or role`,
      'rule',
      {
        index,
      },
    ),
  invalidPartialDate: (field: string, value: unknown) =>
    new DomainError('INVALID_DATE', `${field} must be written YYYY, YYYY-MM or YYYY-MM-DD`, 'rule', { field, value }),
  priorServiceEndsBeforeItStarts: (index: number) =>
    new DomainError(
      'PRIOR_SERVICE_ENDS_BEFORE_IT_STARTS',
      `Prior service #${index + 1} ends before it starts`,
      'rule',
      { index },
    ),
  unmappedPriorRank: (ranks: string[]) =>
    new DomainError(
      'UNMAPPED_PRIOR_RANK',
      `No Muster role is known for: ${ranks.join(', ')}. Choose the roles explicitly (an override)`,
      'rule',
      { ranks },
    ),
  commanderNotByMapping: () =>
    new DomainError(
      'COMMANDER_NOT_BY_MAPPING',
      'Centre command is a deliberate appointment after onboarding, not a mapped prior rank',
      'rule',
    ),
  invalidProbationPeriod: (months: unknown) =>
    new DomainError('INVALID_PROBATION_PERIOD', 'Probation must last a whole number of months, from 1 to 24', 'rule', {
      months,
    }),
  completionBeforeOpening: () =>
    new DomainError('COMPLETION_BEFORE_OPENING', 'An intake cannot be completed before it was opened', 'rule'),
} as const;
