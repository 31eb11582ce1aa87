import { ConfirmBaseTransfer } from '../base-transfer.commands';
import { aleppo, ambulance, arrived, fireTruck, idlib, planned, spec, started, withdrawn } from './spec-support';

describe('ConfirmBaseTransfer', () => {
  const confirm: ConfirmBaseTransfer = { type: 'ConfirmBaseTransfer', effectiveOn: '2026-01-15', actingFor: [aleppo] };
  const done = [planned, started, arrived(ambulance), withdrawn(fireTruck)];
  it('completes the transfer when every vehicle arrived or was withdrawn: the members move', () => {
    spec
      .given(done)
      .when(confirm)
      .then([
        {
          type: 'CentreBaseTransferCompleted',
          data: {
            transferId: 'transfer-1',
            fromCentreId: idlib,
            toCentreId: aleppo,
            memberIds: ['member-1', 'member-2'],
            effectiveOn: '2026-01-15',
            vehicleIds: [ambulance],
          },
        },
      ]);
  });
  it('lets an admin confirm', () => {
    spec
      .given(done)
      .when({ ...confirm, actingFor: 'all' })
      .then([expect.objectContaining({ type: 'CentreBaseTransferCompleted' })]);
  });
  it('refuses while a vehicle is awaited, naming it', () => {
    spec
      .given([planned, started, arrived(ambulance)])
      .when(confirm)
      .thenThrows('BASE_TRANSFER_VEHICLES_OUTSTANDING');
  });
  it('refuses the commander of the centre left (403) and hides the transfer from any other commander (404)', () => {
    spec
      .given(done)
      .when({ ...confirm, actingFor: [idlib] })
      .thenThrows('BASE_TRANSFER_CONFIRMATION_FORBIDDEN');
    spec
      .given(done)
      .when({ ...confirm, actingFor: ['centre-hama'] })
      .thenThrows('BASE_TRANSFER_NOT_FOUND');
  });
  it('refuses a transfer not started, already completed, and a date before the start or in the future', () => {
    spec.given([planned]).when(confirm).thenThrows('BASE_TRANSFER_NOT_STARTED');
    spec
      .given([
        ...done,
        {
          type: 'CentreBaseTransferCompleted',
          data: {
            transferId: 'transfer-1',
            fromCentreId: idlib,
            toCentreId: aleppo,
            memberIds: [],
            effectiveOn: '2026-01-15',
            vehicleIds: [],
          },
        },
      ])
      .when(confirm)
      .thenThrows('BASE_TRANSFER_ALREADY_COMPLETED');
    spec
      .given(done)
      .when({ ...confirm, effectiveOn: '2026-01-14' })
      .thenThrows('BASE_TRANSFER_EFFECTIVE_BEFORE_START');
    spec
      .given(done)
      .when({ ...confirm, effectiveOn: '2026-01-16' })
      .thenThrows('DATE_IN_FUTURE');
    spec.given([]).when(confirm).thenThrows('BASE_TRANSFER_NOT_FOUND');
  });
});
