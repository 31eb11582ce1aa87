import { DomainError } from '@muster/event-sourcing';

/** A recognition case's refusals: each code is stable (clients switch on it), each message is for a person. */
export const RecognitionCaseErrors = {
  notFound: () =>
    new DomainError('RECOGNITION_CASE_NOT_FOUND', 'No recognition case is recorded under this id', 'not-found'),
  alreadyOpened: () =>
    new DomainError('RECOGNITION_CASE_ALREADY_OPENED', 'This person’s recognition case is already open', 'conflict'),
  closed: () =>
    new DomainError(
      'RECOGNITION_CASE_CLOSED',
      'This recognition case is closed: nothing more is decided in it',
      'conflict',
    ),
  detailsRequired: (field: string) =>
    new DomainError('RECOGNITION_DETAILS_REQUIRED', `The decision needs ${field}`, 'rule', { field }),
  dateBeforeOpening: (field: string, openedOn: string) =>
    new DomainError(
      'RECOGNITION_DATE_BEFORE_OPENING',
      `${field} cannot be earlier than the day the case opened (${openedOn})`,
      'rule',
      { field, openedOn },
    ),
  evidenceRequired: () =>
    new DomainError(
      'RECOGNITION_EVIDENCE_REQUIRED',
      'Record the evidence of prior learning first: nobody is certified from a rank alone',
      'conflict',
    ),
  courseUnknown: () => new DomainError('RECOGNITION_COURSE_UNKNOWN', 'No such course in the catalogue', 'rule'),
  courseRetired: () =>
    new DomainError('RECOGNITION_COURSE_RETIRED', 'This course is retired: recognise against a current one', 'rule'),
  inductionNotRecognised: () =>
    new DomainError(
      'RECOGNITION_INDUCTION_NOT_RECOGNISED',
      'The induction cannot be recognised from prior service: every new member takes it',
      'rule',
    ),
  priorServiceUnknown: (index: number) =>
    new DomainError('RECOGNITION_PRIOR_SERVICE_UNKNOWN', 'The case records no such prior service', 'rule', { index }),
  alreadyGranted: (competency: string) =>
    new DomainError('RECOGNITION_ALREADY_GRANTED', `${competency} is already recognised in this case`, 'conflict', {
      competency,
    }),
  assessmentPending: (competency: string) =>
    new DomainError(
      'RECOGNITION_ASSESSMENT_REQUIRED',
      `${competency} needs an assessment or refresher first: the certification comes from passing it`,
      'conflict',
      { competency },
    ),
  alreadyRequired: (competency: string) =>
    new DomainError(
      'RECOGNITION_ASSESSMENT_ALREADY_REQUIRED',
      `${competency} already waits for an assessment`,
      'conflict',
      {
        competency,
      },
    ),
  expiryRequired: () =>
    new DomainError(
      'RECOGNITION_EXPIRY_REQUIRED',
      'Certifications of this course expire: give the last day the recognised one is valid',
      'rule',
    ),
  expiryBeforeIssue: (expiresOn: string, issuedOn: string) =>
    new DomainError(
      'RECOGNITION_EXPIRY_BEFORE_ISSUE',
      `The certification cannot expire (${expiresOn}) before it is issued (${issuedOn})`,
      'rule',
      { expiresOn, issuedOn },
    ),
} as const;
