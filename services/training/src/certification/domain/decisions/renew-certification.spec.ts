import { RenewCertification } from '../certification.commands';
import { SESSION, awarded, expired, facts, revoked, spec, suspended } from './spec-support';

const renewal: RenewCertification = {
  type: 'RenewCertification',
  renewedOn: '2026-12-01',
  expiresOn: '2028-11-30',
  sessionId: SESSION,
};
const renewed = {
  type: 'CertificationRenewed' as const,
  data: { ...facts, renewedOn: '2026-12-01', expiresOn: '2028-11-30', sessionId: SESSION },
};

describe('RenewCertification', () => {
  it('extends a valid certification', () => {
    spec.given([awarded]).when(renewal).then([renewed]);
  });
  it('renews an expired one (valid again) and a suspended one', () => {
    spec.given([awarded, expired]).when(renewal).then([renewed]);
    spec.given([awarded, suspended]).when(renewal).then([renewed]);
  });
  it('refuses one never awarded, a revoked one, a renewal that is not later', () => {
    spec.given([]).when(renewal).thenThrows('CERTIFICATION_NOT_FOUND');
    spec.given([awarded, revoked]).when(renewal).thenThrows('CERTIFICATION_REVOKED');
    spec
      .given([awarded])
      .when({ ...renewal, expiresOn: '2027-01-09' })
      .thenThrows('CERTIFICATION_RENEWAL_NOT_LATER');
    spec
      .given([awarded])
      .when({ ...renewal, renewedOn: '2024-12-01' })
      .thenThrows('CERTIFICATION_DATE_BEFORE_ISSUE');
  });
  it('refuses to renew one that never expires', () => {
    spec
      .given([{ ...awarded, data: { ...awarded.data, expiresOn: null } }])
      .when(renewal)
      .thenThrows('CERTIFICATION_RENEWAL_NOT_LATER');
  });
});
