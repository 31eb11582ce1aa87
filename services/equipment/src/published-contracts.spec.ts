import { randomUUID } from 'node:crypto';
import { INTEGRATION_EVENTS } from '@muster/contracts';
import { Decider, DomainEvent, fold } from '@muster/event-sourcing';
import { equipmentService } from './app.module';
import { ItemCommand } from './item/domain/item.commands';
import { itemDecider } from './item/domain/item.decider';
import { RecoveryCommand } from './recovery/domain/recovery.commands';
import { recoveryDecider } from './recovery/domain/recovery.decider';
import { recoveryIdOf } from './recovery/domain/recovery.state';
import { VehicleCommand } from './vehicle/domain/vehicle.commands';
import { vehicleDecider } from './vehicle/domain/vehicle.decider';

// Other services act on equipment's events through the contracts in @muster/contracts. Drive the decider with real
// ids and check every event a contract covers against it: a field renamed or dropped here fails this spec before it
// fails a consumer.
const [centreA, centreB, itemId, memberId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const vehicleCommands: VehicleCommand[] = [
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
    donorOnRecord: true,
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
const member = { kind: 'member', id: memberId } as const;
const itemCommands: ItemCommand[] = [
  {
    type: 'RegisterItem',
    itemId,
    itemType: 'helmet-camera',
    description: 'Helmet camera',
    serialNumber: 'HC-1',
    quantity: 1,
    unit: null,
    donorId: null,
    donorOnRecord: true,
    centreId: centreA,
    acquiredOn: '2025-01-01',
    tankCapacityLitres: null,
  },
  { type: 'IssueItem', holder: member, quantity: 1, issuedOn: '2025-02-01' },
  { type: 'ReturnItem', holder: member, quantity: 1, returnedOn: '2025-03-01', condition: 'good' },
];
const recoveryCommands: RecoveryCommand[] = [
  {
    type: 'OpenRecovery',
    recoveryId: recoveryIdOf(memberId),
    memberId,
    cause: 'departed',
    centreId: null,
    occurredOn: '2025-03-01',
    items: [{ itemId, centreId: centreA, quantity: 1 }],
  },
  { type: 'ResolveRecoveryItem', itemId, quantity: 1, outcome: 'returned' },
];

function run<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, commands: readonly C[]): E[] {
  return commands.reduce<E[]>(
    (events, command) => [
      ...events,
      ...decider.decide(command, fold(decider, decider.initialState, events), { now: new Date() }),
    ],
    [],
  );
}

const published: DomainEvent[] = [
  ...run(vehicleDecider, vehicleCommands),
  ...run(itemDecider, itemCommands),
  ...run(recoveryDecider, recoveryCommands),
];
const recorded = new Set((equipmentService.catalogues ?? []).flatMap((c) => Object.keys(c.schemaVersions)));

describe('what equipment publishes keeps its contracts', () => {
  // Only the contracts of events it records so far; a new one fails here until the commands above produce it.
  const contracts = INTEGRATION_EVENTS.filter((c) => c.source === 'equipment' && recorded.has(c.type));

  it.each(contracts.map((c) => [c.type, c] as const))('%s', (type, contract) => {
    const events = published.filter((e) => e.type === type);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(contract.problems(event.data)).toEqual([]);
  });
});
