import { BaseTransferEvent } from '../base-transfer.events';
import {
  aleppo,
  ambulance,
  arrival,
  arrived,
  fireTruck,
  idlib,
  planned,
  spec,
  started,
  withdrawn,
} from './spec-support';

describe('RecordVehicleArrival', () => {
  it('records a vehicle of the plan arriving at the destination', () => {
    spec
      .given([planned, started])
      .when(arrival(ambulance))
      .then([arrived(ambulance)]);
  });
  it('counts each vehicle once, whatever equipment repeats', () => {
    spec
      .given([planned, started, arrived(ambulance)])
      .when(arrival(ambulance))
      .then([]);
    spec
      .given([planned, started, arrived(ambulance)])
      .when({ ...arrival(ambulance), moveId: 'another-move' })
      .then([]);
  });
  it('records news that comes before the transfer started, or before it is even planned here', () => {
    spec
      .given([planned])
      .when(arrival(ambulance))
      .then([arrived(ambulance)]);
    spec
      .given([])
      .when(arrival(ambulance, idlib))
      .then([arrived(ambulance, idlib)]);
  });
  it('takes a later arrival at the destination over an early one elsewhere, once the plan is known', () => {
    spec
      .given([arrived(ambulance, idlib), planned, started])
      .when(arrival(ambulance))
      .then([arrived(ambulance)]);
  });
  it('changes nothing once the transfer is over (vehicles returning after a cancellation)', () => {
    const cancelled: BaseTransferEvent = {
      type: 'BaseTransferCancelled',
      data: {
        transferId: 'transfer-1',
        fromCentreId: idlib,
        vehicleIds: [ambulance],
        reason: 'x',
        cancelledOn: '2026-01-15',
      },
    };
    spec.given([planned, started, cancelled]).when(arrival(ambulance, idlib)).then([]);
  });
  it('refuses a vehicle not in the plan, one arriving elsewhere, one withdrawn from the plan', () => {
    spec.given([planned, started]).when(arrival('vehicle-other')).thenThrows('VEHICLE_NOT_IN_TRANSFER');
    spec.given([planned, started]).when(arrival(fireTruck, 'centre-hama')).thenThrows('VEHICLE_ARRIVED_ELSEWHERE');
    spec
      .given([planned, started, withdrawn(fireTruck)])
      .when(arrival(fireTruck, aleppo))
      .thenThrows('VEHICLE_WITHDRAWN_FROM_TRANSFER');
  });
});
