import { DecisionContext } from '@muster/event-sourcing';
import { DonorErrors } from '../../../donor/domain/donor.errors';
import { pastInstant } from '../../../vehicle/domain/decisions/guards';
import { round1 } from '../consumption';
import { RecordFuelDelivery } from '../fuel-ledger.commands';
import { FuelLedgerErrors as E } from '../fuel-ledger.errors';
import { FuelDelivered } from '../fuel-ledger.events';
import { FuelLedgerState } from '../fuel-ledger.state';
import { nextEntryId } from './guards';

/** RecordFuelDelivery: fuel enters a centre's stock, from a supplier or a donor the register holds (or both). */
export function recordFuelDelivery(
  command: RecordFuelDelivery,
  state: FuelLedgerState,
  { now }: DecisionContext,
): FuelDelivered[] {
  const supplier = command.source.supplier?.trim() || null;
  const { donorId } = command.source;
  if (supplier === null && donorId === null) throw E.sourceRequired();
  if (donorId !== null && !command.donorOnRecord) throw DonorErrors.unknown(donorId);
  return [
    {
      type: 'FuelDelivered',
      data: {
        centreId: command.centreId,
        deliveryId: nextEntryId(command.centreId, 'delivery', state.deliveries),
        litres: command.litres,
        source: { supplier, donorId },
        cost: command.cost,
        receivedBy: command.receivedBy,
        deliveredAt: pastInstant(command.deliveredAt, 'deliveredAt', now),
        balanceLitres: round1(state.balanceLitres + command.litres),
      },
    },
  ];
}
