import { BaseTransferEvent } from '../base-transfer.events';
import { ambulance, fireTruck, planned, spec, started, withdrawn } from './spec-support';

describe('StartBaseTransfer', () => {
  const start = { type: 'StartBaseTransfer' } as const;
  it('starts a planned transfer today, with every vehicle of the plan', () => {
    spec.given([planned]).when(start).then([started]);
  });
  it('leaves out a vehicle equipment withdrew before the start', () => {
    spec
      .given([planned, withdrawn(ambulance)])
      .when(start)
      .then([{ ...started, data: { ...started.data, vehicleIds: [fireTruck] } } as BaseTransferEvent]);
  });
  it('refuses a transfer never planned, one already started, completed or cancelled', () => {
    spec.given([]).when(start).thenThrows('BASE_TRANSFER_NOT_FOUND');
    spec.given([planned, started]).when(start).thenThrows('BASE_TRANSFER_ALREADY_STARTED');
    spec
      .given([
        planned,
        {
          type: 'BaseTransferCancelled',
          data: { transferId: 'transfer-1', fromCentreId: 'x', vehicleIds: [], reason: 'x', cancelledOn: '2026-01-15' },
        },
      ])
      .when(start)
      .thenThrows('BASE_TRANSFER_CANCELLED');
  });
});
