import { award, awarded, spec } from './spec-support';

describe('AwardCertification', () => {
  it('records CertificationAwarded with its number, body, dates and basis', () => {
    spec.given([]).when(award).then([awarded]);
  });
  it('keeps one that does not expire, from recognised prior service', () => {
    const data = {
      ...awarded.data,
      expiresOn: null,
      basis: { kind: 'recognition' as const, caseId: 'case-1', priorService: 'State fire brigade, Aleppo' },
    };
    spec
      .given([])
      .when({ type: 'AwardCertification', data })
      .then([{ type: 'CertificationAwarded', data }]);
  });
  it('refuses a number the issuing body already gave (the same stream)', () => {
    spec.given([awarded]).when(award).thenThrows('CERTIFICATION_NUMBER_TAKEN');
  });
  it('refuses an expiry before the issue, a blank number, a competency not in kebab-case', () => {
    spec
      .given([])
      .when({ ...award, data: { ...award.data, expiresOn: '2025-01-09' } })
      .thenThrows('CERTIFICATION_EXPIRY_BEFORE_ISSUE');
    spec
      .given([])
      .when({ ...award, data: { ...award.data, number: ' ' } })
      .thenThrows('CERTIFICATION_DETAILS_REQUIRED');
    spec
      .given([])
      .when({ ...award, data: { ...award.data, competency: 'First Aid' } })
      .thenThrows('CERTIFICATION_INVALID_COMPETENCY');
    spec
      .given([])
      .when({ ...award, data: { ...award.data, issuedOn: '2025-02-30' } })
      .thenThrows('INVALID_DATE');
  });
});
