import { awarded, expired, revoked, spec, suspended } from './spec-support';

describe('RevokeCertification', () => {
  const revoke = { type: 'RevokeCertification' as const, revokedOn: '2025-06-01', reason: 'Fraudulent exam' };

  it('revokes a valid, suspended or expired certification, with the day and why', () => {
    for (const past of [[awarded], [awarded, suspended], [awarded, expired]])
      spec.given(past).when(revoke).then([revoked]);
  });
  it('refuses a second revocation, one never awarded, a day before the issue', () => {
    spec.given([awarded, revoked]).when(revoke).thenThrows('CERTIFICATION_REVOKED');
    spec.given([]).when(revoke).thenThrows('CERTIFICATION_NOT_FOUND');
    spec
      .given([awarded])
      .when({ ...revoke, revokedOn: '2024-01-01' })
      .thenThrows('CERTIFICATION_DATE_BEFORE_ISSUE');
  });
});
