import { randomUUID } from 'node:crypto';
import { INTEGRATION_EVENTS } from '@muster/contracts';
import { Decider, DomainEvent, fold } from '@muster/event-sourcing';
import { BaseTransferCommand } from './base-transfer/domain/base-transfer.commands';
import { baseTransferDecider } from './base-transfer/domain/base-transfer.decider';
import { baseTransferCatalogue } from './base-transfer/domain/base-transfer.catalogue';
import { centreCatalogue } from './centre/domain/centre.catalogue';
import { CentreCommand } from './centre/domain/centre.commands';
import { centreDecider } from './centre/domain/centre.decider';

// Other services act on centres' events through the contracts in @muster/contracts. Drive the deciders with real ids
// through a centre's whole life and a base transfer, and check every event a contract covers against it: a field
// renamed or dropped here fails this spec before it fails a consumer.
const now = { now: new Date('2026-01-15T09:00:00Z') };

function run<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, commands: readonly C[]): E[] {
  return commands.reduce<E[]>(
    (events, command) => [...events, ...decider.decide(command, fold(decider, decider.initialState, events), now)],
    [],
  );
}

const incident = { cause: 'air-strike', incidentRef: null, casualties: true, description: 'Air strike' } as const;
const centreCommands: CentreCommand[] = [
  {
    type: 'RegisterCentre',
    centreId: randomUUID(),
    code: 'ALP-02',
    nameAr: 'مركز حلب',
    nameEn: 'Aleppo Centre',
    governorate: 'Aleppo',
    status: 'planned',
    centreType: 'fire',
    capacity: { people: 30, vehicleBays: 4 },
    powerSupply: 'grid',
    site: { address: 'Al-Shaar', coordinates: null },
  },
  { type: 'CommissionCentre', since: '2015-01-01' },
  { type: 'ReportDegraded', since: '2015-06-01', reasons: ['road-cut'], note: '' },
  { type: 'RestoreCentre', since: '2015-07-01', note: '' },
  { type: 'ReportIncident', outcome: 'damaged', occurredOn: '2016-04-12', ...incident },
  { type: 'CloseCentre', since: '2016-05-01', reason: 'Unsafe', estimatedReopeningOn: null },
  { type: 'ReopenCentre', since: '2016-09-01', note: '' },
  { type: 'ReportIncident', outcome: 'destroyed', occurredOn: '2016-11-20', ...incident },
  { type: 'DecideRebuild', decidedOn: '2019-07-01', decisionRef: 'BOARD-7', note: '', decidedBy: 'admin-1' },
];

const [from, to, vehicle] = [randomUUID(), randomUUID(), randomUUID()];
const transfer = (transferId: string, ending: BaseTransferCommand): BaseTransferCommand[] => [
  {
    type: 'PlanBaseTransfer',
    transferId,
    fromCentreId: from,
    toCentreId: to,
    memberIds: [randomUUID()],
    vehicleIds: [vehicle],
    plannedOn: '2025-01-10',
    reason: 'Moving into the former fire station',
    centres: { [from]: 'operational', [to]: 'planned' },
  },
  { type: 'StartBaseTransfer' },
  ending,
];
const arrived: BaseTransferCommand = {
  type: 'RecordVehicleArrival',
  vehicleId: vehicle,
  moveId: randomUUID(),
  centreId: to,
  arrivedAt: '2026-01-15T08:00:00.000Z',
};

const published: DomainEvent[] = [
  ...run(centreDecider, centreCommands),
  ...run(baseTransferDecider, [
    ...transfer(randomUUID(), arrived),
    { type: 'ConfirmBaseTransfer', effectiveOn: '2026-01-15', actingFor: [to] },
  ]),
  ...run(baseTransferDecider, transfer(randomUUID(), { type: 'CancelBaseTransfer', reason: 'Road cut' })),
];

describe('what centres publishes keeps its contracts', () => {
  // Only the contracts of events it records so far; a new one fails here until the commands above produce it.
  const contracts = INTEGRATION_EVENTS.filter(
    (c) =>
      c.source === 'centres' &&
      (c.type in centreCatalogue.schemaVersions || c.type in baseTransferCatalogue.schemaVersions),
  );

  it.each(contracts.map((c) => [c.type, c] as const))('%s', (type, contract) => {
    const events = published.filter((e) => e.type === type);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(contract.problems(event.data)).toEqual([]);
  });
});
