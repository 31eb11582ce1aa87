import { VehicleTransferDeclined } from '@muster/contracts';
import { reactToIntegrationEvent } from '@muster/platform';
import { baseTransferAggregate } from '../base-transfer.aggregate';

/**
 * A vehicle equipment cannot send (damaged, written off…) is withdrawn from its base transfer's plan — recorded
 * whenever the news comes, like an arrival (see on-vehicle-arrived.ts).
 */
export const onVehicleTransferDeclined = reactToIntegrationEvent(VehicleTransferDeclined, {
  name: 'base-transfer-vehicle-declines',
  onRefusal: 'skip',
  send: ({ transferId, vehicleId, reasonCode }) => [
    baseTransferAggregate.send(
      transferId,
      { type: 'RecordVehicleDeclined', vehicleId, reasonCode },
      'decline',
      `Equipment declined the vehicle: ${reasonCode}`,
    ),
  ],
});
