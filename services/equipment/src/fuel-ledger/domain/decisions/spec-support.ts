// Fixtures shared by the fuel ledger decision specs (decisions/*.spec.ts). Test code only.
import { fold, deterministicUuid } from '@muster/event-sourcing';
import { deciderSpec } from '@muster/event-sourcing/testing';
import { RunningStats } from '../consumption';
import { FuelAssetFacts, FuelLedgerCommand, IssueFuel, RecordFuelDelivery } from '../fuel-ledger.commands';
import { fuelLedgerDecider } from '../fuel-ledger.decider';
import { FuelDelivered, FuelLedgerEvent } from '../fuel-ledger.events';

/** The specs' clock: 2026-01-15 09:00 UTC. */
export const NOW = new Date('2026-01-15T09:00:00Z');
export const spec = deciderSpec(fuelLedgerDecider, { now: NOW });

export const CENTRE = '0b7a3c1e-0000-4000-8000-0000000000a1';
export const OTHER_CENTRE = '0b7a3c1e-0000-4000-8000-0000000000b2';
export const VEHICLE = '0b7a3c1e-0000-4000-8000-00000000000a';
export const GENERATOR = '0b7a3c1e-0000-4000-8000-00000000000b';
export const DONOR = '0b7a3c1e-0000-4000-8000-0000000000e1';
export const STOREKEEPER = '0b7a3c1e-0000-4000-8000-0000000000d1';
export const DRIVER = '0b7a3c1e-0000-4000-8000-0000000000d2';

/** The id the n-th entry of a kind in the spec centre's ledger gets (1-based). */
export const entryId = (kind: 'delivery' | 'issue' | 'stocktake', n: number): string =>
  deterministicUuid('fuelledger', CENTRE, kind, String(n));

export const delivery: RecordFuelDelivery = {
  type: 'RecordFuelDelivery',
  centreId: CENTRE,
  litres: 1000,
  source: { supplier: ' Idlib Fuel Co. ', donorId: DONOR },
  donorOnRecord: true,
  cost: { amount: 950, currency: 'USD' },
  receivedBy: STOREKEEPER,
  deliveredAt: '2026-01-14T10:00:00.000Z',
};

/** 1,000 l delivered to the spec centre. */
export const delivered: FuelDelivered = {
  type: 'FuelDelivered',
  data: {
    centreId: CENTRE,
    deliveryId: entryId('delivery', 1),
    litres: 1000,
    source: { supplier: 'Idlib Fuel Co.', donorId: DONOR },
    cost: { amount: 950, currency: 'USD' },
    receivedBy: STOREKEEPER,
    deliveredAt: '2026-01-14T10:00:00.000Z',
    balanceLitres: 1000,
  },
};

/** Running statistics of `n` samples spread evenly around `mean` (± `spread`). */
export function statsAround(mean: number, spread: number, n: number): RunningStats {
  const samples = Array.from({ length: n }, (_, i) => mean + (i % 2 === 0 ? spread : -spread));
  const average = samples.reduce((sum, x) => sum + x, 0) / n;
  return { count: n, mean: average, m2: samples.reduce((sum, x) => sum + (x - average) ** 2, 0) };
}

/**
 * A fire engine with a 200 l tank, odometer 120,000 km in its register, last filled at 119,800 km, burning about
 * 40 l/100 km (its type about 38) — each over ten fills.
 */
export const fireEngineConsumption = {
  vehicleType: 'fire-engine',
  vehicle: statsAround(40, 2, 10),
  type: statsAround(38, 3, 10),
} as const;
export const fireEngine: FuelAssetFacts = {
  tankCapacityLitres: 200,
  writtenOff: false,
  recordedReading: 120_000,
  lastFillReading: 119_800,
  consumption: fireEngineConsumption,
};

/** 80 l into the fire engine at 120,000 km: 200 km since the last fill, 40 l/100 km — nothing to review. */
export const issue: IssueFuel = {
  type: 'IssueFuel',
  centreId: CENTRE,
  target: { kind: 'vehicle', vehicleId: VEHICLE, odometerKm: 120_000 },
  litres: 80,
  issuedBy: STOREKEEPER,
  receivedBy: DRIVER,
  issuedAt: '2026-01-15T08:00:00.000Z',
  asset: fireEngine,
  actor: { centreIds: null },
};

export const stocked = (): FuelLedgerEvent[] => [delivered];

/** The events after `given` once each command is decided on the state the ones before left. */
export function history(given: FuelLedgerEvent[], ...commands: FuelLedgerCommand[]): FuelLedgerEvent[] {
  return commands.reduce<FuelLedgerEvent[]>(
    (events, command) => [
      ...events,
      ...fuelLedgerDecider.decide(command, fold(fuelLedgerDecider, fuelLedgerDecider.initialState, events), {
        now: NOW,
      }),
    ],
    given,
  );
}

/** The refusal of `command` after `given`, to check its figures as well as its code. */
export function refusal(given: FuelLedgerEvent[], command: FuelLedgerCommand): unknown {
  try {
    history(given, command);
  } catch (error) {
    return error;
  }
  throw new Error(`${command.type} was not refused`);
}
