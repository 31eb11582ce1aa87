import { DomainError } from '@muster/event-sourcing';
import { CertificationStatus } from './certification.events';

/** A certification's refusals: each code is stable (clients switch on it), each message is for a person. */
export const CertificationErrors = {
  notFound: () => new DomainError('CERTIFICATION_NOT_FOUND', 'No certification is recorded under this id', 'not-found'),
  numberTaken: () =>
    new DomainError(
      'CERTIFICATION_NUMBER_TAKEN',
      'This issuing body has already given a certification this number',
      'conflict',
    ),
  detailsRequired: (field: string) =>
    new DomainError('CERTIFICATION_DETAILS_REQUIRED', `The certification needs ${field}`, 'rule', { field }),
  invalidCompetency: (competency: string) =>
    new DomainError(
      'CERTIFICATION_INVALID_COMPETENCY',
      'A competency is written in lower-case words joined by hyphens, e.g. first-aid',
      'rule',
      { competency },
    ),
  expiryNotAfter: (expiresOn: string, from: string) =>
    new DomainError(
      'CERTIFICATION_EXPIRY_BEFORE_ISSUE',
      `A certification cannot expire (${expiresOn}) before the day it starts (${from})`,
      'rule',
      { expiresOn, from },
    ),
  renewalNotLater: (expiresOn: string | null, current: string | null) =>
    new DomainError(
      'CERTIFICATION_RENEWAL_NOT_LATER',
      'A renewal must make the certification valid for longer than it already is',
      'rule',
      { expiresOn, current },
    ),
  dateBeforeIssue: (field: string, value: string, issuedOn: string) =>
    new DomainError(
      'CERTIFICATION_DATE_BEFORE_ISSUE',
      `${field} (${value}) cannot be before the certification was issued (${issuedOn})`,
      'rule',
      { field, value, issuedOn },
    ),
  notInStatus: (action: string, status: CertificationStatus, expected: readonly CertificationStatus[]) =>
    new DomainError(
      `CERTIFICATION_${status.toUpperCase()}`,
      `A ${status} certification cannot be ${action}: only a ${expected.join(' or ')} one`,
      'conflict',
      { status },
    ),
  notDue: (expiresOn: string | null, asOf: string) =>
    new DomainError(
      'CERTIFICATION_NOT_DUE_TO_EXPIRE',
      expiresOn === null
        ? 'This certification does not expire'
        : `This certification is valid until ${expiresOn}: it has not expired by ${asOf}`,
      'rule',
      { expiresOn, asOf },
    ),
} as const;
