import { ClearHazard } from '../centre.commands';
import { CentreEvent } from '../centre.events';
import { hazardId, hazardReported, registered, spec } from './spec-support';

describe('ClearHazard', () => {
  const clear: ClearHazard = {
    type: 'ClearHazard',
    hazardId,
    clearedOn: '2025-01-09',
    clearedBy: ' EOD team, Aleppo directorate ',
    method: 'Devices removed and destroyed off site',
    recordedBy: 'user-commander',
  };
  const cleared: CentreEvent = {
    type: 'HazardCleared',
    data: { ...clear, clearedBy: 'EOD team, Aleppo directorate' },
  };
  const cordoned: CentreEvent = {
    type: 'HazardCordoned',
    data: { hazardId, cordonedOn: '2025-01-07', note: '', cordonedBy: 'user-commander' },
  };
  it('records who cleared the hazard and how, cordoned first or not', () => {
    const { type: _type, ...data } = clear;
    spec
      .given([...registered, hazardReported])
      .when(clear)
      .then([{ type: 'HazardCleared', data: { ...data, clearedBy: 'EOD team, Aleppo directorate' } }]);
    spec
      .given([...registered, hazardReported, cordoned])
      .when(clear)
      .then([{ type: 'HazardCleared', data: { ...data, clearedBy: 'EOD team, Aleppo directorate' } }]);
  });
  it('refuses a second clearance, one before the cordon, one without who or how', () => {
    spec
      .given([...registered, hazardReported, cleared])
      .when(clear)
      .thenThrows('HAZARD_ALREADY_CLEARED');
    spec
      .given([...registered, hazardReported, cordoned])
      .when({ ...clear, clearedOn: '2025-01-06' })
      .thenThrows('HAZARD_DATE_TOO_EARLY');
    spec
      .given([...registered, hazardReported])
      .when({ ...clear, method: ' ' })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
    spec.given(registered).when(clear).thenThrows('HAZARD_NOT_FOUND');
  });
});
