import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { WriteOffVehicle } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { StatusReasonCode, VehicleStatusChanged, VehicleWrittenOff, WriteOffReason } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireActive, statusChanged } from './guards';

const REASON_CODES: Readonly<Record<WriteOffReason, StatusReasonCode>> = {
  destroyed: 'DESTROYED',
  stolen: 'STOLEN',
  lost: 'LOST',
  'donated-onward': 'DONATED_ONWARD',
};

/**
 * WriteOffVehicle: destroyed, stolen, lost or donated onward, with the evidence; final — the record then accepts
 * nothing. A vehicle lost or destroyed on its way ends its move with it.
 */
export function writeOffVehicle(
  command: WriteOffVehicle,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleWrittenOff | VehicleStatusChanged)[] {
  requireActive(state);
  requireNotInFuture(command.writtenOffOn, 'writtenOffOn', now);
  const evidenceRef = command.evidenceRef.trim();
  if (evidenceRef === '') throw E.evidenceRequired();
  const note = command.note.trim();
  return [
    {
      type: 'VehicleWrittenOff',
      data: {
        reason: command.reason,
        evidenceRef,
        note,
        writtenOffOn: command.writtenOffOn,
        moveId: state.move?.moveId ?? null,
      },
    },
    ...statusChanged(state, 'written-off', REASON_CODES[command.reason], note || null),
  ];
}
