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
const commands: VehicleCommand[] = [
  {
    type: 'RegisterVehicle',
    vehicleId: randomUUID(),
    plate: 'إدلب 123456',
    vehicleType: 'fire-engine',
    make: 'Mercedes-Benz',
    model: 'Atego 1530',
    centreId: randomUUID(),
    status: 'serviceable',
  },
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
