import { donorRecorded, recordDonor, spec } from './spec-support';

describe('RecordDonor', () => {
  it('records DonorRecorded, names trimmed and the country in capitals', () => {
    spec.given([]).when(recordDonor).then([donorRecorded]);
  });

  it('refuses a second time', () => {
    spec.given([donorRecorded]).when(recordDonor).thenThrows('DONOR_ALREADY_RECORDED');
  });

  it('refuses a blank name in either language', () => {
    spec
      .given([])
      .when({ ...recordDonor, names: { ar: ' ', en: 'Qatar Red Crescent' } })
      .thenThrows('DONOR_NAME_REQUIRED');
    spec
      .given([])
      .when({ ...recordDonor, names: { ar: 'الهلال الأحمر القطري', en: '' } })
      .thenThrows('DONOR_NAME_REQUIRED');
  });
});
