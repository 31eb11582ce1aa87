import { CancelBaseTransfer } from '../base-transfer.commands';
import { BaseTransferEvent } from '../base-transfer.events';
import { ambulance, arrived, fireTruck, idlib, planned, spec, started, withdrawn } from './spec-support';

describe('CancelBaseTransfer', () => {
  const cancel: CancelBaseTransfer = { type: 'CancelBaseTransfer', reason: ' Road cut by shelling ' };
  const cancelled = (vehicleIds: string[]): BaseTransferEvent => ({
    type: 'BaseTransferCancelled',
    data: {
      transferId: 'transfer-1',
      fromCentreId: idlib,
      vehicleIds,
      reason: 'Road cut by shelling',
      cancelledOn: '2026-01-15',
    },
  });
  it('calls a started transfer off: every vehicle sent goes back, arrived or not', () => {
    spec
      .given([planned, started, arrived(ambulance)])
      .when(cancel)
      .then([cancelled([ambulance, fireTruck])]);
    spec
      .given([planned, started, withdrawn(fireTruck)])
      .when(cancel)
      .then([cancelled([ambulance])]);
  });
  it('calls a planned transfer off: no vehicle was sent', () => {
    spec
      .given([planned])
      .when(cancel)
      .then([cancelled([])]);
  });
  it('refuses a completed or cancelled transfer, one never planned, a cancellation without a reason', () => {
    spec
      .given([planned, cancelled([])])
      .when(cancel)
      .thenThrows('BASE_TRANSFER_CANCELLED');
    spec
      .given([
        planned,
        started,
        {
          type: 'CentreBaseTransferCompleted',
          data: {
            transferId: 'transfer-1',
            fromCentreId: idlib,
            toCentreId: 'x',
            memberIds: [],
            effectiveOn: '2026-01-15',
            vehicleIds: [],
          },
        },
      ])
      .when(cancel)
      .thenThrows('BASE_TRANSFER_ALREADY_COMPLETED');
    spec.given([]).when(cancel).thenThrows('BASE_TRANSFER_NOT_FOUND');
    spec
      .given([planned])
      .when({ ...cancel, reason: '' })
      .thenThrows('BASE_TRANSFER_DETAILS_REQUIRED');
  });
});
