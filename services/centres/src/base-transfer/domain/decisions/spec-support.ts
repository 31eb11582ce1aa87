// Fixtures shared by the base transfer decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { PlanBaseTransfer, RecordVehicleArrival } from '../base-transfer.commands';
import { baseTransferDecider } from '../base-transfer.decider';
import { BaseTransferEvent } from '../base-transfer.events';

export const spec = deciderSpec(baseTransferDecider);

export const transferId = 'transfer-1';
export const idlib = 'centre-idlib';
export const aleppo = 'centre-aleppo';
export const [ambulance, fireTruck] = ['vehicle-ambulance', 'vehicle-fire-truck'];

export const plan: PlanBaseTransfer = {
  type: 'PlanBaseTransfer',
  transferId,
  fromCentreId: idlib,
  toCentreId: aleppo,
  memberIds: ['member-1', 'member-2'],
  vehicleIds: [ambulance, fireTruck],
  plannedOn: '2025-01-10',
  reason: 'The team moves into the former fire station in Aleppo',
  centres: { [idlib]: 'operational', [aleppo]: 'planned' },
};

export const planned: BaseTransferEvent = {
  type: 'BaseTransferPlanned',
  data: {
    transferId,
    fromCentreId: idlib,
    toCentreId: aleppo,
    memberIds: ['member-1', 'member-2'],
    vehicleIds: [ambulance, fireTruck],
    plannedOn: '2025-01-10',
    reason: 'The team moves into the former fire station in Aleppo',
  },
};

/** Started on the day the specs run (deciderSpec's now). */
export const started: BaseTransferEvent = {
  type: 'BaseTransferStarted',
  data: {
    transferId,
    fromCentreId: idlib,
    toCentreId: aleppo,
    memberIds: ['member-1', 'member-2'],
    vehicleIds: [ambulance, fireTruck],
    plannedOn: '2025-01-10',
    startedOn: '2026-01-15',
  },
};

export const arrival = (vehicleId: string, centreId = aleppo): RecordVehicleArrival => ({
  type: 'RecordVehicleArrival',
  vehicleId,
  moveId: `move-${vehicleId}`,
  centreId,
  arrivedAt: '2026-01-15T08:00:00.000Z',
});

export const arrived = (vehicleId: string, centreId = aleppo): BaseTransferEvent => {
  const { type: _type, ...data } = arrival(vehicleId, centreId);
  return { type: 'BaseTransferVehicleArrived', data };
};

export const withdrawn = (vehicleId: string): BaseTransferEvent => ({
  type: 'BaseTransferVehicleWithdrawn',
  data: { vehicleId, reasonCode: 'WRITTEN_OFF' },
});
