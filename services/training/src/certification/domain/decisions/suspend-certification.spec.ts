import { awarded, facts, revoked, spec, suspended } from './spec-support';

describe('SuspendCertification and ReinstateCertification', () => {
  const suspend = { type: 'SuspendCertification' as const, suspendedOn: '2025-06-01', reason: ' Under investigation' };
  const reinstate = { type: 'ReinstateCertification' as const, reinstatedOn: '2025-07-01' };

  it('suspends a valid certification, with the day and why', () => {
    spec.given([awarded]).when(suspend).then([suspended]);
  });
  it('refuses to suspend one already suspended or revoked, or without a reason', () => {
    spec.given([awarded, suspended]).when(suspend).thenThrows('CERTIFICATION_SUSPENDED');
    spec.given([awarded, revoked]).when(suspend).thenThrows('CERTIFICATION_REVOKED');
    spec
      .given([awarded])
      .when({ ...suspend, reason: '' })
      .thenThrows('CERTIFICATION_DETAILS_REQUIRED');
  });
  it('reinstates a suspended one, and only a suspended one', () => {
    spec
      .given([awarded, suspended])
      .when(reinstate)
      .then([{ type: 'CertificationReinstated', data: { ...facts, reinstatedOn: '2025-07-01' } }]);
    spec.given([awarded]).when(reinstate).thenThrows('CERTIFICATION_VALID');
    spec.given([]).when(reinstate).thenThrows('CERTIFICATION_NOT_FOUND');
  });
});
