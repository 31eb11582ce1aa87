import { BaseTransferStarted } from '@muster/contracts';
import { reactToIntegrationEvent } from '@muster/platform';
import { vehicleAggregate } from '../vehicle.aggregate';

/**
 * A base transfer sets each listed vehicle off for the new base. A vehicle that cannot go is declined by its own
 * decision (VehicleTransferDeclined), so a refusal here means only a vehicle equipment does not know: recorded, and
 * the transfer goes on.
 */
export const onBaseTransferStarted = reactToIntegrationEvent(BaseTransferStarted, {
  name: 'base-transfer-vehicles',
  onRefusal: 'skip',
  send: (transfer) =>
    transfer.vehicleIds.map((vehicleId) =>
      vehicleAggregate.send(
        vehicleId,
        {
          type: 'DispatchForBaseTransfer',
          transferId: transfer.transferId,
          fromCentreId: transfer.fromCentreId,
          toCentreId: transfer.toCentreId,
        },
        'dispatch',
        `Base transfer ${transfer.transferId}`,
      ),
    ),
});
