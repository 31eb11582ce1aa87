import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import * as contracts from './index';
import {
  CentreBaseTransferCompleted,
  CentreBaseTransferCompletedData,
  defineIntegrationEvent,
  EventEnvelope,
  EventEnvelopeSchema,
  INTEGRATION_EVENTS,
  IntegrationEvent,
} from './index';

const valid = (): CentreBaseTransferCompletedData => ({
  transferId: randomUUID(),
  fromCentreId: randomUUID(),
  toCentreId: randomUUID(),
  memberIds: [randomUUID(), randomUUID().toUpperCase()],
  effectiveOn: '2024-02-29',
});

describe('defineIntegrationEvent: CentreBaseTransferCompleted', () => {
  const contract = CentreBaseTransferCompleted;

  it('describes itself for the docs and for routing', () => {
    expect(contract).toMatchObject({ type: 'CentreBaseTransferCompleted', source: 'centres', schemaVersion: 1 });
    expect(contract.summary).not.toBe('');
    expect(Object.keys(contract.data.properties)).toEqual([
      'transferId',
      'fromCentreId',
      'toCentreId',
      'memberIds',
      'effectiveOn',
    ]);
  });

  it('accepts a valid payload and returns it typed, without problems', () => {
    const data = valid();
    const parsed = contract.parse(data);
    expect(parsed).toEqual(data);
    // The parsed value is the contract's type: this line would not compile otherwise.
    expect(parsed?.memberIds.length).toBe(2);
    expect(contract.problems(data)).toEqual([]);
  });

  it('accepts an empty member list and tolerates fields it does not know (a newer producer may add some)', () => {
    expect(contract.parse({ ...valid(), memberIds: [] })).toBeDefined();
    expect(contract.parse({ ...valid(), note: 'added later' })).toBeDefined();
  });

  it.each([
    ['not an object', 'a string', '/'],
    ['null', null, '/'],
    ['a number for an id', { ...valid(), transferId: 42 }, '/transferId'],
    ['a string for the member list', { ...valid(), memberIds: 'everyone' }, '/memberIds'],
    ['a member id that is not a UUID', { ...valid(), memberIds: [randomUUID(), 'member-7'] }, '/memberIds/1'],
    ['an empty id', { ...valid(), toCentreId: '' }, '/toCentreId'],
    ['an over-long id', { ...valid(), fromCentreId: 'x'.repeat(201) }, '/fromCentreId'],
    ['a missing field', (({ toCentreId: _, ...rest }) => rest)(valid()), '/toCentreId'],
    ['a date with a time', { ...valid(), effectiveOn: '2025-06-01T00:00:00Z' }, '/effectiveOn'],
    ['a date not written YYYY-MM-DD', { ...valid(), effectiveOn: '1/6/2025' }, '/effectiveOn'],
    ['a day that does not exist', { ...valid(), effectiveOn: '2025-02-29' }, '/effectiveOn'],
    ['a month that does not exist', { ...valid(), effectiveOn: '2025-13-01' }, '/effectiveOn'],
  ])('refuses %s, and problems() names the field', (_, value, path) => {
    expect(contract.parse(value)).toBeUndefined();
    const problems = contract.problems(value);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(`${path}: `))).toBe(true);
  });

  it('refuses more than 10,000 members', () => {
    const ids = Array.from({ length: 10_000 }, () => randomUUID());
    expect(contract.parse({ ...valid(), memberIds: ids })).toBeDefined();
    const tooMany = { ...valid(), memberIds: [...ids, randomUUID()] };
    expect(contract.parse(tooMany)).toBeUndefined();
    expect(contract.problems(tooMany)).toEqual(['/memberIds: Expected array length to be less or equal to 10000']);
  });

  it('says what is wrong in words a log reader understands, without the values (no personal data in logs)', () => {
    const problems = contract.problems({ ...valid(), effectiveOn: 'Huda Haddad', transferId: 7 });
    expect(problems).toEqual(
      expect.arrayContaining(["/effectiveOn: Expected string to match 'date' format", '/transferId: Expected string']),
    );
    expect(problems.join('\n')).not.toContain('Huda');
  });

  it('caps the problems it lists, so one bad payload cannot flood the log', () => {
    const problems = contract.problems({ ...valid(), memberIds: Array.from({ length: 500 }, () => 'x') });
    expect(problems).toHaveLength(11);
    expect(problems.at(-1)).toBe('… and more');
  });

  it('is immutable: neither the contract nor its schema can be loosened at run time', () => {
    expect(Object.isFrozen(contract)).toBe(true);
    expect(Object.isFrozen(contract.data.properties.memberIds)).toBe(true);
    expect(() => {
      (contract.data.properties.memberIds as { maxItems?: number }).maxItems = 1e9;
    }).toThrow(TypeError);
  });
});

describe('defineIntegrationEvent: refuses a bad definition when the module loads', () => {
  const base = {
    type: 'VehicleDispatched',
    source: 'equipment' as const,
    schemaVersion: 1,
    summary: 'A vehicle left for a job.',
    data: Type.Object({ vehicleId: Type.String() }),
  };

  it('defines a good one', () => {
    const contract = defineIntegrationEvent(base);
    expect(contract.parse({ vehicleId: 'v' })).toEqual({ vehicleId: 'v' });
  });

  it.each([
    ['a type that is not PascalCase', { type: 'vehicle.dispatched' }, /PascalCase/],
    ['an unknown source', { source: 'payroll' }, /unknown source service/],
    ['a schema version of 0', { schemaVersion: 0 }, /schemaVersion/],
    ['a fractional schema version', { schemaVersion: 1.5 }, /schemaVersion/],
    ['an empty summary', { summary: ' ' }, /summary/],
    ['data that is not an object schema', { data: Type.String() }, /Type\.Object/],
  ])('refuses %s', (_, change, message) => {
    const definition = { ...base, ...change } as unknown as Parameters<typeof defineIntegrationEvent>[0];
    expect(() => defineIntegrationEvent(definition)).toThrow(message);
  });
});

describe('INTEGRATION_EVENTS', () => {
  const isContract = (value: unknown): value is IntegrationEvent =>
    typeof value === 'object' && value !== null && 'parse' in value && 'problems' in value && 'data' in value;

  it('lists every contract @muster/contracts exports (the docs are generated from this list)', () => {
    const exported = Object.values(contracts).filter(isContract);
    expect(exported.length).toBeGreaterThan(0);
    expect(new Set(INTEGRATION_EVENTS)).toEqual(new Set(exported));
  });

  it('has one contract per type and schema version', () => {
    const keys = INTEGRATION_EVENTS.map((c) => `${c.type}@${c.schemaVersion}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('EventEnvelope', () => {
  it('is one schema whose static type is the envelope consumers read', () => {
    const envelope: EventEnvelope<CentreBaseTransferCompletedData> = {
      id: randomUUID(),
      type: CentreBaseTransferCompleted.type,
      schemaVersion: 1,
      streamId: `basetransfer-${randomUUID()}`,
      streamType: 'basetransfer',
      streamVersion: 1,
      globalPosition: '12',
      occurredAt: '2025-06-01T08:30:00.000Z',
      recordedAt: '2025-06-01T08:30:00.125Z',
      source: 'centres',
      data: valid(),
      metadata: {
        actorId: 'logistics-officer-1',
        actorRoles: ['logistics'],
        correlationId: randomUUID(),
        causationId: null,
        reason: null,
      },
      hash: 'a'.repeat(64),
      previousHash: null,
    };
    // Schema and type agree: a value typed as an envelope is accepted by the envelope's schema.
    const check = TypeCompiler.Compile(EventEnvelopeSchema);
    const problems = (value: unknown) => [...check.Errors(value)].map((e) => `${e.path}: ${e.message}`);
    expect(problems(envelope)).toEqual([]);
    expect(problems({ ...envelope, occurredAt: '2025-06-01', source: 'payroll' })).toEqual([
      "/occurredAt: Expected string to match 'date-time' format",
      '/source: Expected union value',
    ]);
  });
});
