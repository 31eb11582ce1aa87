import { awarded, expired, revoked, spec, suspended } from './spec-support';

describe('ExpireCertification', () => {
  const sweep = (asOf: string) => ({ type: 'ExpireCertification' as const, asOf });

  it('expires a certification whose last valid day is before the sweep, on the day after that day', () => {
    spec.given([awarded]).when(sweep('2027-01-10')).then([expired]);
    spec.given([awarded, suspended]).when(sweep('2027-03-01')).then([expired]);
  });
  it('records nothing for one already expired or revoked: a sweep run twice expires each once', () => {
    spec.given([awarded, expired]).when(sweep('2027-03-01')).then([]);
    spec.given([awarded, revoked]).when(sweep('2027-03-01')).then([]);
  });
  it('refuses one still valid on the day, one that never expires, one never awarded', () => {
    spec.given([awarded]).when(sweep('2027-01-09')).thenThrows('CERTIFICATION_NOT_DUE_TO_EXPIRE');
    spec
      .given([{ ...awarded, data: { ...awarded.data, expiresOn: null } }])
      .when(sweep('2030-01-01'))
      .thenThrows('CERTIFICATION_NOT_DUE_TO_EXPIRE');
    spec.given([]).when(sweep('2027-03-01')).thenThrows('CERTIFICATION_NOT_FOUND');
  });
  it('follows a renewal: the new expiry counts', () => {
    spec
      .given([
        awarded,
        {
          type: 'CertificationRenewed',
          data: { ...awarded.data, renewedOn: '2026-12-01', expiresOn: '2028-11-30', sessionId: null },
        },
      ])
      .when(sweep('2027-03-01'))
      .thenThrows('CERTIFICATION_NOT_DUE_TO_EXPIRE');
  });
});
