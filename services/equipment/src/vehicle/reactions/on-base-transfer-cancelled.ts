import { BaseTransferCancelled } from '@muster/contracts';
import { reactToIntegrationEvent } from '@muster/platform';
import { vehicleAggregate } from '../vehicle.aggregate';

/**
 * A cancelled base transfer turns back each listed vehicle on its way for it; one whose start was not seen yet is
 * declined for it, so the late start changes nothing. Refusals (unknown vehicles) are recorded.
 */
export const onBaseTransferCancelled = reactToIntegrationEvent(BaseTransferCancelled, {
  name: 'base-transfer-vehicles-back',
  onRefusal: 'skip',
  send: (transfer) =>
    transfer.vehicleIds.map((vehicleId) =>
      vehicleAggregate.send(
        vehicleId,
        { type: 'CancelBaseTransferMove', transferId: transfer.transferId },
        'turn-back',
        `Base transfer ${transfer.transferId} cancelled`,
      ),
    ),
});
