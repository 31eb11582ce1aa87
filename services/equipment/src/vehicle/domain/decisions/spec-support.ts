// Fixtures shared by the vehicle decision specs (decisions/*.spec.ts). Test code only.
import { deterministicUuid, fold } from '@muster/event-sourcing';
import { deciderSpec } from '@muster/event-sourcing/testing';
import { Actor, RegisterVehicle, VehicleCommand } from '../vehicle.commands';
import { vehicleDecider } from '../vehicle.decider';
import { VehicleEvent } from '../vehicle.events';

/** The specs' clock: 2026-01-15 09:00 UTC. */
export const NOW = new Date('2026-01-15T09:00:00Z');
export const spec = deciderSpec(vehicleDecider, { now: NOW });

export const VEHICLE = '0b7a3c1e-0000-4000-8000-00000000000a';
export const CENTRE_A = '0b7a3c1e-0000-4000-8000-0000000000a1';
export const CENTRE_B = '0b7a3c1e-0000-4000-8000-0000000000b2';
export const CENTRE_C = '0b7a3c1e-0000-4000-8000-0000000000c3';
export const DRIVER = '0b7a3c1e-0000-4000-8000-0000000000d1';
export const DONOR = '0b7a3c1e-0000-4000-8000-0000000000e1';
export const TRANSFER = '0b7a3c1e-0000-4000-8000-0000000000f1';

export const everyCentre: Actor = { centreIds: null };
export const commanderOf = (...centreIds: string[]): Actor => ({ centreIds });

/** The id the n-th record of a kind on the spec vehicle gets (1-based). */
export const idOf = (kind: 'move' | 'damage' | 'repair-order' | 'check', n: number): string =>
  deterministicUuid('vehicle', VEHICLE, kind, String(n));

export const registration: RegisterVehicle = {
  type: 'RegisterVehicle',
  vehicleId: VEHICLE,
  plate: 'إدلب 123456',
  vehicleType: 'fire-engine',
  make: 'Mercedes-Benz',
  model: 'Atego 1530',
  centreId: CENTRE_A,
  status: 'serviceable',
  statusReason: null,
  vin: 'WDB9700561L123456',
  year: 2012,
  donorId: DONOR,
  donorOnRecord: true,
  acquiredOn: '2019-05-01',
  odometerKm: 120_000,
  engineHours: 4_000,
  fuelType: 'diesel',
  tankCapacityLitres: 200,
  serviceInterval: { km: 10_000, months: 6 },
};

/** Centre A to centre B, odometer out 120,050 km, left at 08:00 on the spec's day. */
export const dispatch = {
  type: 'DispatchVehicle',
  toCentreId: CENTRE_B,
  driverId: DRIVER,
  odometerOutKm: 120_050,
  dispatchedAt: '2026-01-15T06:00:00.000Z',
  expectedArrivalAt: '2026-01-15T09:00:00.000Z',
  transferId: null,
  loanDueBackOn: null,
} as const satisfies VehicleCommand;

/** Arrival at centre B two hours and 120 km later (60 km/h: plausible). */
export const arrival = {
  type: 'ArriveVehicle',
  centreId: CENTRE_B,
  odometerInKm: 120_170,
  arrivedAt: '2026-01-15T08:00:00.000Z',
  transferId: null,
  actor: everyCentre,
} as const satisfies VehicleCommand;

/** The events the commands record, one after another, each decided on the state the ones before left. */
export function history(...commands: VehicleCommand[]): VehicleEvent[] {
  return commands.reduce<VehicleEvent[]>(
    (events, command) => [
      ...events,
      ...vehicleDecider.decide(command, fold(vehicleDecider, vehicleDecider.initialState, events), { now: NOW }),
    ],
    [],
  );
}

/** A serviceable fire engine at centre A, odometer 120,000 km, 4,000 engine hours. */
export const atCentreA = (): VehicleEvent[] => history(registration);
/** The same, on its way to centre B (move 1). */
export const onTheWay = (): VehicleEvent[] => history(registration, dispatch);
