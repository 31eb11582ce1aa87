import { randomUUID } from 'node:crypto';
import { INTEGRATION_EVENTS } from '@muster/contracts';
import { fold } from '@muster/event-sourcing';
import { vehicleCatalogue } from './vehicle/domain/vehicle.catalogue';
import { VehicleCommand } from './vehicle/domain/vehicle.commands';
import { vehicleDecider } from './vehicle/domain/vehicle.decider';
import { VehicleEvent } from './vehicle/domain/vehicle.events';

// Other services act on equipment's events through the contracts in @muster/contracts. Drive the decider with real
// ids and check every event a contract covers against it: a field renamed or dropped here fails this spec before it
// fails a consumer.
const [centreA, centreB] = [randomUUID(), randomUUID()];
const commands: VehicleCommand[] = [
  {
    type: 'RegisterVehicle',
    vehicleId: randomUUID(),
    plate: 'إدلب 123456',
    vehicleType: 'fire-engine',
    make: 'Mercedes-Benz',
    model: 'Atego 1530',
    centreId: centreA,
    status: 'serviceable',
    statusReason: null,
    vin: null,
    year: 2012,
    donorId: randomUUID(),
    acquiredOn: '2019-05-01',
    odometerKm: 120_000,
    engineHours: null,
    fuelType: 'diesel',
    tankCapacityLitres: 200,
    serviceInterval: { km: 10_000, months: 6 },
  },
  {
    type: 'DispatchVehicle',
    toCentreId: centreB,
    driverId: randomUUID(),
    odometerOutKm: 120_000,
    dispatchedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    expectedArrivalAt: new Date().toISOString(),
    transferId: randomUUID(),
    loanDueBackOn: null,
  },
  {
    type: 'ArriveVehicle',
    centreId: centreB,
    odometerInKm: 120_100,
    arrivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    transferId: null,
    actor: { centreIds: null },
  },
  // At centre B now, so a transfer from A goes without it.
  { type: 'DispatchForBaseTransfer', transferId: randomUUID(), fromCentreId: centreA, toCentreId: randomUUID() },
];
const published = commands.reduce<VehicleEvent[]>(
  (events, command) => [
    ...events,
    ...vehicleDecider.decide(command, fold(vehicleDecider, vehicleDecider.initialState, events), { now: new Date() }),
  ],
  [],
);

describe('what equipment publishes keeps its contracts', () => {
  // Only the contracts of events it records so far; a new one fails here until the commands above produce it.
  const contracts = INTEGRATION_EVENTS.filter(
    (c) => c.source === 'equipment' && c.type in vehicleCatalogue.schemaVersions,
  );

  it.each(contracts.map((c) => [c.type, c] as const))('%s', (type, contract) => {
    const events = published.filter((e) => e.type === type);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(contract.problems(event.data)).toEqual([]);
  });
});
