import { catchUpProjection } from '@muster/event-store';
import { baseTransferCatalogue } from '../../domain/base-transfer.catalogue';
import { baseTransferDecider } from '../../domain/base-transfer.decider';
import { BaseTransferState } from '../../domain/base-transfer.state';

/**
 * Every base transfer as its decider folds it: the row keeps the state, and each event is evolved onto it by the
 * decider's own evolve, so the list and a transfer's page cannot tell different stories. The row's version makes an
 * event apply once.
 */
export const baseTransferListProjection = catchUpProjection({
  name: 'base-transfer-list',
  catalogue: baseTransferCatalogue,
  async apply(event, tx) {
    const transferId = baseTransferCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ version: number; state: BaseTransferState }>(
      `SELECT version, state FROM base_transfers WHERE transfer_id = $1`,
      [transferId],
    );
    if (row && row.version >= event.streamVersion) return;
    const state = baseTransferDecider.evolve(row?.state ?? baseTransferDecider.initialState, event);
    await tx.query(
      `INSERT INTO base_transfers (transfer_id, version, status, from_centre_id, to_centre_id, planned_on, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (transfer_id) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status,
         from_centre_id = EXCLUDED.from_centre_id, to_centre_id = EXCLUDED.to_centre_id,
         planned_on = EXCLUDED.planned_on, state = EXCLUDED.state`,
      [
        transferId,
        event.streamVersion,
        state.status,
        state.plan?.fromCentreId ?? null,
        state.plan?.toCentreId ?? null,
        state.plan?.plannedOn ?? null,
        JSON.stringify(state),
      ],
    );
  },
  reset: async (tx) => {
    await tx.query(`DELETE FROM base_transfers`);
  },
});
