import { CordonHazard } from '../centre.commands';
import { CentreEvent } from '../centre.events';
import { hazardId, hazardReported, registered, spec } from './spec-support';

describe('CordonHazard', () => {
  const cordon: CordonHazard = {
    type: 'CordonHazard',
    hazardId,
    cordonedOn: '2025-01-05',
    note: ' Basement sealed ',
    cordonedBy: 'user-commander',
  };
  const cordoned: CentreEvent = {
    type: 'HazardCordoned',
    data: { hazardId, cordonedOn: '2025-01-05', note: 'Basement sealed', cordonedBy: 'user-commander' },
  };
  it('records the cordon', () => {
    spec
      .given([...registered, hazardReported])
      .when(cordon)
      .then([cordoned]);
  });
  it('refuses a second cordon, a cordon before the report, an unknown hazard, a cleared one', () => {
    spec
      .given([...registered, hazardReported, cordoned])
      .when(cordon)
      .thenThrows('HAZARD_ALREADY_CORDONED');
    spec
      .given([...registered, hazardReported])
      .when({ ...cordon, cordonedOn: '2025-01-04' })
      .thenThrows('HAZARD_DATE_TOO_EARLY');
    spec.given(registered).when(cordon).thenThrows('HAZARD_NOT_FOUND');
    spec
      .given([
        ...registered,
        hazardReported,
        {
          type: 'HazardCleared',
          data: { hazardId, clearedOn: '2025-01-06', clearedBy: 'EOD team', method: 'Removed', recordedBy: 'u' },
        },
      ])
      .when(cordon)
      .thenThrows('HAZARD_ALREADY_CLEARED');
  });
});
