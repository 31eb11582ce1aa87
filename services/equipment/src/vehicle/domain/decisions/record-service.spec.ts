import { RecordService } from '../vehicle.commands';
import { atCentreA, onTheWay, spec } from './spec-support';

const service: RecordService = {
  type: 'RecordService',
  servicedOn: '2026-01-14',
  odometerKm: 121_000,
  workDone: 'Oil, filters',
};

describe('RecordService', () => {
  it('records the service at its odometer reading', () => {
    spec
      .given(atCentreA())
      .when(service)
      .then([
        { type: 'VehicleServiced', data: { servicedOn: '2026-01-14', odometerKm: 121_000, workDone: 'Oil, filters' } },
      ]);
  });

  it('refuses a reading below the last one, a day after today, a vehicle on the road, no work', () => {
    spec
      .given(atCentreA())
      .when({ ...service, odometerKm: 100 })
      .thenThrows('ODOMETER_WENT_BACKWARDS');
    spec
      .given(atCentreA())
      .when({ ...service, servicedOn: '2026-02-01' })
      .thenThrows('DATE_IN_FUTURE');
    spec.given(onTheWay()).when(service).thenThrows('VEHICLE_IN_TRANSIT');
    spec
      .given(atCentreA())
      .when({ ...service, workDone: '' })
      .thenThrows('VEHICLE_DETAILS_REQUIRED');
  });
});
