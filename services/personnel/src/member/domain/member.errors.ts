import { DomainError } from '@muster/event-sourcing';
import { CommonRuleErrors } from './common-rules';

/**
 * Every refusal of the member decider. Codes are stable (clients switch on them); messages are for HR staff.
 * 'conflict' = the member's current state forbids it (409); 'rule' = the request itself breaks a rule (422);
 * 'forbidden' = the actor lacks the authority (403); 'not-found' = no such member (404).
 */
export const MemberErrors = {
  notFound: () => new DomainError('MEMBER_NOT_FOUND', 'No member or applicant is recorded under this id', 'not-found'),
  alreadyExists: () =>
    new DomainError('MEMBER_ALREADY_EXISTS', 'An application has already been recorded for this member id', 'conflict'),
  alreadyVetted: (outcome: string) =>
    new DomainError('APPLICANT_ALREADY_VETTED', `This applicant has already been vetted (${outcome})`, 'conflict', {
      outcome,
    }),
  notCleared: () =>
    new DomainError(
      'APPLICANT_NOT_CLEARED',
      'Only an applicant who has been vetted and cleared can be onboarded',
      'conflict',
    ),
  applicationRejected: () =>
    new DomainError(
      'APPLICATION_REJECTED',
      'This application was rejected at vetting; it cannot go further',
      'conflict',
    ),
  alreadyOnboarded: () => new DomainError('MEMBER_ALREADY_ONBOARDED', 'This person is already a member', 'conflict'),
  notOnboarded: () =>
    new DomainError('MEMBER_NOT_ONBOARDED', 'This person is still an applicant and has not been onboarded', 'conflict'),
  deceased: () =>
    new DomainError(
      'MEMBER_DECEASED',
      'This member was killed in the line of duty; their record is closed and can only be changed by an admin correction',
      'conflict',
    ),
  departed: () =>
    new DomainError(
      'MEMBER_DEPARTED',
      'This member has left the organisation; their record is closed and can only be changed by an admin correction',
      'conflict',
    ),
  suspended: () => new DomainError('MEMBER_SUSPENDED', 'This member is suspended; reinstate them first', 'conflict'),
  alreadySuspended: () => new DomainError('MEMBER_ALREADY_SUSPENDED', 'This member is already suspended', 'conflict'),
  notSuspended: () => new DomainError('MEMBER_NOT_SUSPENDED', 'Only a suspended member can be reinstated', 'conflict'),
  onLeave: () => new DomainError('MEMBER_ON_LEAVE', 'This member is on leave; record their return first', 'conflict'),
  alreadyOnLeave: () => new DomainError('MEMBER_ALREADY_ON_LEAVE', 'This member is already on leave', 'conflict'),
  notOnLeave: () => new DomainError('MEMBER_NOT_ON_LEAVE', 'This member is not on leave', 'conflict'),
  notOnProbation: () => new DomainError('MEMBER_NOT_ON_PROBATION', 'This member is not on probation', 'conflict'),
  inductionNotCompleted: () =>
    new DomainError(
      'INDUCTION_NOT_COMPLETED',
      'Probation can be confirmed only after the member has completed the induction, and training has not reported it yet',
      'conflict',
    ),
  identityErased: () =>
    new DomainError('IDENTITY_ERASED', "This member's identity has been erased and cannot be changed", 'conflict'),
  identityAlreadyErased: () =>
    new DomainError('IDENTITY_ALREADY_ERASED', "This member's identity has already been erased", 'conflict'),
  nothingToCorrect: (kind: string) =>
    new DomainError('NOTHING_TO_CORRECT', `There is no recorded fact of this kind to correct (${kind})`, 'conflict', {
      kind,
    }),

  // Rules broken by the request itself.
  ...CommonRuleErrors,
  rolesUnchanged: () => new DomainError('ROLES_UNCHANGED', 'The member already holds exactly these roles', 'rule'),
  identityKeyMismatch: () =>
    new DomainError(
      'IDENTITY_KEY_MISMATCH',
      "An updated identity must be sealed with the member's own data key, so that erasure shreds every copy",
      'rule',
    ),
  centreRequired: () => new DomainError('CENTRE_REQUIRED', 'A centre is required', 'rule'),
  startBeforeApplication: () =>
    new DomainError('START_BEFORE_APPLICATION', 'A member cannot start before they applied', 'rule'),
  probationEndsBeforeStart: () =>
    new DomainError('PROBATION_ENDS_BEFORE_START', 'Probation must end after the start date', 'rule'),
  notAtCentre: (centreId: string) =>
    new DomainError('MEMBER_NOT_AT_CENTRE', `The member is not assigned to centre ${centreId} any more`, 'conflict'),
  transferToSameCentre: () =>
    new DomainError('TRANSFER_TO_SAME_CENTRE', 'The member is already assigned to this centre', 'rule'),
  transferBeforeCurrentAssignment: (since: string) =>
    new DomainError(
      'TRANSFER_BEFORE_CURRENT_ASSIGNMENT',
      `A transfer cannot take effect before the current assignment began (${since})`,
      'rule',
      { since },
    ),
  leaveEndsBeforeItStarts: () =>
    new DomainError('LEAVE_ENDS_BEFORE_IT_STARTS', 'Leave cannot end before it starts', 'rule'),
  returnBeforeLeaveStarted: () =>
    new DomainError('RETURN_BEFORE_LEAVE_STARTED', 'A member cannot return from leave before it started', 'rule'),
  reinstatementBeforeSuspension: () =>
    new DomainError(
      'REINSTATEMENT_BEFORE_SUSPENSION',
      'A member cannot be reinstated before they were suspended',
      'rule',
    ),
  incidentRefRequired: () =>
    new DomainError(
      'INCIDENT_REFERENCE_REQUIRED',
      'An injury or death in the line of duty must name the incident behind it',
      'rule',
    ),
  dateBeforeStart: (field: string) =>
    new DomainError('DATE_BEFORE_SERVICE_START', `${field} cannot be before the member started`, 'rule', { field }),
  dateBeforeLastAssignment: (field: string, since: string) =>
    new DomainError(
      'DATE_BEFORE_LAST_ASSIGNMENT',
      `${field} cannot be before the member's last assignment began (${since})`,
      'rule',
      { field, since },
    ),
  probationExtensionNotLater: (currentEndsOn: string) =>
    new DomainError(
      'PROBATION_EXTENSION_NOT_LATER',
      `An extended probation must end after the current end date (${currentEndsOn})`,
      'rule',
      { currentEndsOn },
    ),

  // Acts outside the actor's authority.
  commanderAppointmentForbidden: () =>
    new DomainError('COMMANDER_APPOINTMENT_FORBIDDEN', 'Only an admin can appoint a centre commander', 'forbidden'),
  dismissalForbidden: () => new DomainError('DISMISSAL_FORBIDDEN', 'Only an admin can dismiss a member', 'forbidden'),
  adminRoleRequired: () =>
    new DomainError('ADMIN_ROLE_REQUIRED', 'Only an admin can correct a member record', 'forbidden'),
} as const;
