import { UpdateDonor } from '../donor.commands';
import { donorRecorded, spec } from './spec-support';

const update: UpdateDonor = {
  type: 'UpdateDonor',
  names: { ar: 'الهلال الأحمر القطري', en: 'Qatar Red Crescent Society' },
  kind: 'ngo',
  country: 'QA',
};

describe('UpdateDonor', () => {
  it('records the details as they now stand', () => {
    spec
      .given([donorRecorded])
      .when(update)
      .then([{ type: 'DonorDetailsUpdated', data: { names: update.names, kind: 'ngo', country: 'QA' } }]);
  });

  it('records nothing when nothing changes', () => {
    spec
      .given([donorRecorded])
      .when({ ...update, names: { ...donorRecorded.data.names }, country: 'qa' })
      .then([]);
  });

  it('refuses a donor that was never recorded', () => {
    spec.given([]).when(update).thenThrows('DONOR_NOT_FOUND');
  });

  it('refuses a blank name', () => {
    spec
      .given([donorRecorded])
      .when({ ...update, names: { ar: 'الهلال', en: '  ' } })
      .thenThrows('DONOR_NAME_REQUIRED');
  });
});
