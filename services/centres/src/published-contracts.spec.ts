import { randomUUID } from 'node:crypto';
import { INTEGRATION_EVENTS } from '@muster/contracts';
import { fold } from '@muster/event-sourcing';
import { centreCatalogue } from './centre/domain/centre.catalogue';
import { CentreCommand } from './centre/domain/centre.commands';
import { centreDecider } from './centre/domain/centre.decider';
import { CentreEvent } from './centre/domain/centre.events';

// Other services act on centres' events through the contracts in @muster/contracts. Drive the decider with real ids
// and check every event a contract covers against it: a field renamed or dropped here fails this spec before it
// fails a consumer.
const commands: CentreCommand[] = [
  {
    type: 'RegisterCentre',
    centreId: randomUUID(),
    code: 'IDL-03',
    nameAr: 'مركز سراقب',
    nameEn: 'Saraqib Centre',
    governorate: 'Idlib',
    status: 'operational',
  },
];
const published = commands.reduce<CentreEvent[]>(
  (events, command) => [
    ...events,
    ...centreDecider.decide(command, fold(centreDecider, centreDecider.initialState, events), { now: new Date() }),
  ],
  [],
);

describe('what centres publishes keeps its contracts', () => {
  // Only the contracts of events it records so far; a new one fails here until the commands above produce it.
  const contracts = INTEGRATION_EVENTS.filter(
    (c) => c.source === 'centres' && c.type in centreCatalogue.schemaVersions,
  );

  it.each(contracts.map((c) => [c.type, c] as const))('%s', (type, contract) => {
    const events = published.filter((e) => e.type === type);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(contract.problems(event.data)).toEqual([]);
  });
});
