import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { DonorErrors } from '../../../donor/domain/donor.errors';
import { RecordRepairWork } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleRepairWorkRecorded } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireActive, requiredText } from './guards';
import { openOrder } from './repair-order';

/** Money in hundredths, so that 0.1 + 0.2 is 0.3. */
const cents = (amount: number): number => Math.round(amount * 100);

/**
 * RecordRepairWork: work done on an open repair order, the parts fitted, what it cost and who paid for it (a donor the
 * register holds, or the organisation's own funds).
 */
export function recordRepairWork(
  command: RecordRepairWork,
  state: VehicleState,
  { now }: DecisionContext,
): VehicleRepairWorkRecorded[] {
  requireActive(state);
  const { donorId } = command.fundingSource;
  if (donorId !== null && !command.donorOnRecord) throw DonorErrors.unknown(donorId);
  requireNotInFuture(command.recordedOn, 'recordedOn', now);
  openOrder(state, command.orderId, command.recordedOn);
  const parts = command.parts.map((part) => ({
    ...part,
    description: requiredText(part.description, 'parts.description', E.detailsRequired),
  }));
  const totalCents = parts.reduce((sum, p) => sum + p.quantity * cents(p.unitCost), cents(command.labourCost));
  return [
    {
      type: 'VehicleRepairWorkRecorded',
      data: {
        orderId: command.orderId,
        workDone: requiredText(command.workDone, 'workDone', E.detailsRequired),
        parts,
        labourCost: command.labourCost,
        totalCost: totalCents / 100,
        currency: command.currency,
        fundingSource: {
          donorId: command.fundingSource.donorId,
          description: requiredText(command.fundingSource.description, 'fundingSource.description', E.detailsRequired),
        },
        recordedOn: command.recordedOn,
      },
    },
  ];
}
