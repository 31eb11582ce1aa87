// Fixtures shared by the certification decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { AwardCertification } from '../certification.commands';
import { certificationDecider } from '../certification.decider';
import { CertificationAwarded, CertificationEvent } from '../certification.events';

export const spec = deciderSpec(certificationDecider);

export const CERTIFICATION = '7d1e4b63-0000-4000-8000-000000000001';
export const MEMBER = '7d1e4b63-0000-4000-8000-000000000002';
export const COURSE = '7d1e4b63-0000-4000-8000-000000000003';
export const SESSION = '7d1e4b63-0000-4000-8000-000000000004';

export const awarded: CertificationAwarded = {
  type: 'CertificationAwarded',
  data: {
    certificationId: CERTIFICATION,
    memberId: MEMBER,
    courseId: COURSE,
    competency: 'driving',
    number: 'DRV-2025-0001',
    issuingBody: 'civil-defence-training',
    issuedOn: '2025-01-10',
    expiresOn: '2027-01-09',
    verifiedBy: 'training-1',
    basis: { kind: 'session', sessionId: SESSION },
  },
};

export const award: AwardCertification = { type: 'AwardCertification', data: awarded.data };

const facts = { certificationId: CERTIFICATION, memberId: MEMBER, competency: 'driving' };
export const suspended: CertificationEvent = {
  type: 'CertificationSuspended',
  data: { ...facts, suspendedOn: '2025-06-01', reason: 'Under investigation' },
};
export const expired: CertificationEvent = {
  type: 'CertificationExpired',
  data: { ...facts, expiredOn: '2027-01-10' },
};
export const revoked: CertificationEvent = {
  type: 'CertificationRevoked',
  data: { ...facts, revokedOn: '2025-06-01', reason: 'Fraudulent exam' },
};
export { facts };
