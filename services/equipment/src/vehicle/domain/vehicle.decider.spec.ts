import { fold } from '@muster/event-sourcing';
import { checklistFor } from './checklists';
import { VehicleCommand } from './vehicle.commands';
import { vehicleDecider } from './vehicle.decider';
import { VehicleEvent, VehicleStatus } from './vehicle.events';
import { statusOf } from './vehicle.state';
import {
  CENTRE_A,
  CENTRE_C,
  NOW,
  TRANSFER,
  arrival,
  dispatch,
  everyCentre,
  history,
  idOf,
  registration,
  spec,
} from './decisions/spec-support';

/** One command of each kind a person sends, each valid for a serviceable vehicle at centre A. */
const commands: VehicleCommand[] = [
  registration,
  dispatch,
  { ...arrival, transferId: TRANSFER },
  { type: 'DivertVehicle', toCentreId: CENTRE_C, reason: 'Road cut' },
  { type: 'ReturnVehicleToOrigin', reason: 'Needed back' },
  { type: 'CorrectOdometer', correctedKm: 1, reason: 'Typo' },
  {
    type: 'RecordDamage',
    cause: 'wear',
    occurredOn: '2026-01-14',
    incidentRef: null,
    severity: 'minor',
    description: 'Dent',
    odometerKm: null,
  },
  { type: 'OpenRepairOrder', damageIds: [], description: 'Dent', workshop: 'W', openedOn: '2026-01-14' },
  {
    type: 'RecordRepairWork',
    orderId: idOf('repair-order', 1),
    workDone: 'Fixed',
    parts: [],
    labourCost: 1,
    currency: 'USD',
    fundingSource: { donorId: null, description: 'Own funds' },
    donorOnRecord: true,
    recordedOn: '2026-01-14',
  },
  { type: 'CloseRepairOrder', orderId: idOf('repair-order', 1), closedOn: '2026-01-14', odometerKm: null, notes: '' },
  {
    type: 'RecordCheck',
    kind: 'weekly',
    performedAt: '2026-01-15T07:00:00Z',
    odometerKm: 120_000,
    engineHours: null,
    items: [],
    actor: everyCentre,
  },
  { type: 'RecordService', servicedOn: '2026-01-14', odometerKm: 120_000, workDone: 'Oil' },
  { type: 'DeclareUnserviceable', reason: 'Flat', declaredOn: '2026-01-14' },
  { type: 'ReturnToService', note: '', returnedOn: '2026-01-14' },
  { type: 'WriteOffVehicle', reason: 'stolen', evidenceRef: 'Police 1', note: '', writtenOffOn: '2026-01-14' },
];

/** The status other services last heard of: at registration, then at every change. */
function publishedStatus(events: readonly VehicleEvent[]): VehicleStatus | null {
  return events.reduce<VehicleStatus | null>(
    (status, e) => (e.type === 'VehicleRegistered' || e.type === 'VehicleStatusChanged' ? e.data.status : status),
    null,
  );
}

describe('vehicle decider', () => {
  it('a written-off vehicle accepts nothing a person sends', () => {
    const writtenOff = history(registration, {
      type: 'WriteOffVehicle',
      reason: 'donated-onward',
      evidenceRef: 'Handover certificate 4',
      note: '',
      writtenOffOn: '2026-01-14',
    });
    for (const command of commands.slice(1)) spec.given(writtenOff).when(command).thenThrows('VEHICLE_WRITTEN_OFF');
  });

  it('publishes every change of status, each from the status last published', () => {
    const severe: VehicleCommand = {
      type: 'RecordDamage',
      cause: 'accident',
      occurredOn: '2026-01-15',
      incidentRef: null,
      severity: 'severe',
      description: 'Axle bent',
      odometerKm: null,
    };
    const failedBrakes: VehicleCommand = {
      type: 'RecordCheck',
      kind: 'daily',
      performedAt: '2026-01-15T08:30:00Z',
      odometerKm: 120_170,
      engineHours: null,
      items: checklistFor('fire-engine', 'daily')
        .map(({ code }) => code)
        .map((code) => ({ code, passed: code !== 'brakes', note: '' })),
      actor: everyCentre,
    };
    const scenario: VehicleCommand[] = [
      registration,
      dispatch,
      severe,
      { type: 'DeclareUnserviceable', reason: 'Flat tyre on the way', declaredOn: '2026-01-15' },
      arrival,
      {
        type: 'OpenRepairOrder',
        damageIds: [idOf('damage', 1)],
        description: 'Axle',
        workshop: 'W',
        openedOn: '2026-01-15',
      },
      {
        type: 'CloseRepairOrder',
        orderId: idOf('repair-order', 1),
        closedOn: '2026-01-15',
        odometerKm: null,
        notes: '',
      },
      failedBrakes,
      { type: 'ReturnToService', note: 'Brakes bled', returnedOn: '2026-01-15' },
      { ...dispatch, toCentreId: CENTRE_A, odometerOutKm: 120_170, dispatchedAt: '2026-01-15T08:40:00Z' },
      { type: 'WriteOffVehicle', reason: 'destroyed', evidenceRef: 'INC-9', note: '', writtenOffOn: '2026-01-15' },
    ];
    const statuses: VehicleStatus[] = [];
    let events: VehicleEvent[] = [];
    for (const command of scenario) {
      const before = publishedStatus(events);
      const decided = vehicleDecider.decide(command, fold(vehicleDecider, vehicleDecider.initialState, events), {
        now: NOW,
      });
      for (const change of decided.filter((e) => e.type === 'VehicleStatusChanged')) {
        expect(change.data.previousStatus).toBe(before);
      }
      events = [...events, ...decided];
      const status = statusOf(fold(vehicleDecider, vehicleDecider.initialState, events));
      expect(publishedStatus(events)).toBe(status);
      statuses.push(status);
    }
    expect(statuses).toEqual([
      'serviceable',
      'in-transit',
      'in-transit',
      'in-transit',
      'unserviceable',
      'unserviceable',
      'serviceable',
      'unserviceable',
      'serviceable',
      'in-transit',
      'written-off',
    ]);
  });
});
