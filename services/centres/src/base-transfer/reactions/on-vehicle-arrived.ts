import { VehicleArrived } from '@muster/contracts';
import { reactToIntegrationEvent } from '@muster/platform';
import { baseTransferAggregate } from '../base-transfer.aggregate';

/**
 * A vehicle that arrived on a base transfer's move is recorded in that transfer. The transfer's own stream takes the
 * news whenever it comes — before the transfer started, before it is planned here — so the consumer never waits
 * (a `retry` would hold the partition, then dead-letter the news) and nothing is lost. A refusal (a vehicle not in
 * the plan, arrived elsewhere) is recorded for logistics and the consumer goes on.
 */
export const onVehicleArrived = reactToIntegrationEvent(VehicleArrived, {
  name: 'base-transfer-vehicle-arrivals',
  onRefusal: 'skip',
  send: ({ transferId, vehicleId, moveId, centreId, arrivedAt }) =>
    transferId === null
      ? []
      : [
          baseTransferAggregate.send(
            transferId,
            { type: 'RecordVehicleArrival', vehicleId, moveId, centreId, arrivedAt },
            'arrival',
          ),
        ],
});
