import { INTEGRATION_EVENTS, ROLES, topicOf } from '@muster/contracts';
import { RestartableKafka, startDedicatedKafka, testKafka, waitFor } from '@muster/testing';
import fc from 'fast-check';
import { Admin, AssignerProtocol, Partitioners } from 'kafkajs';
import { bearer, RunningService } from './muster';

/**
 * Every route of every service, as its OpenAPI document describes it, driven with generated bad input — wrong types,
 * huge and odd Unicode strings, unknown fields, bad dates and ids, boundary numbers, hostile headers — by a caller
 * holding every role, so input reaches validation and the rules. No answer may be a 5xx, and a refused request
 * records nothing. Then the topics they consume carry generated hostile envelopes: every consumer reads past them.
 * On a broker of its own: other specs read the shared topics from the start and are not built to read garbage.
 */

interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly items?: Schema;
  readonly properties?: Record<string, Schema>;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
}
interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly schema?: Schema;
}
interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components?: { schemas?: Record<string, Schema> };
}
interface Route {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly operation: Operation;
}
interface Attempt {
  readonly method: Route['method'];
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

const HUGE = 'ع'.repeat(70_000);
/** Strings that have broken parsers, databases and renderers before. */
const oddText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '\u202eevil',
    '\ufeff',
    'null',
    'undefined',
    '%00',
    '../../etc/passwd',
    "'; DROP TABLE events; --",
    '<script>alert(1)</script>',
    '١٢٣',
    '2025-W10',
    '2025-02-30',
    '2025-13-01',
    '0000-00-00',
    '9999-12-31T23:59:60Z',
    '-000001-01-01',
    '1e999',
    'NaN',
    HUGE,
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const oddNumber = fc.constantFrom(0, -0, -1, 0.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, 5e-324);
/** Any JSON value at all, hostile ones weighted in. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  oddText,
  oddNumber,
  fc.constantFrom(null, true, false, [], {}, [null], { $ne: null }, { __proto__: { polluted: true } }),
  fc.jsonValue({ maxDepth: 2 }),
);

function resolve(schema: Schema, api: OpenApi): Schema {
  if (schema.$ref) return resolve(api.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {}, api);
  const parts = schema.allOf ?? schema.oneOf;
  if (parts?.length) return resolve(parts[0] as Schema, api);
  return schema;
}

/** `arbitrary` one time in `n`, otherwise nothing. */
const oneIn = <T>(n: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: n - 1 }, { arbitrary, weight: 1 });

/** A value that fits the schema's shape, so that the rest of a request gets past the first check. */
function plausible(schema: Schema, api: OpenApi, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, api);
  if (depth > 3) return anyValue;
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const generated = generatedLike(s, api, depth);
  // The documented example is the likeliest value to pass the field's own rules (patterns, formats).
  return s.example === undefined
    ? generated
    : fc.oneof({ arbitrary: fc.constant(s.example), weight: 2 }, { arbitrary: generated, weight: 1 });
}

function generatedLike(s: Schema, api: OpenApi, depth: number): fc.Arbitrary<unknown> {
  if (s.type === 'integer' || s.type === 'number') {
    const min = s.minimum ?? 0;
    const inRange = fc.integer({ min: Math.ceil(min), max: Math.floor(s.maximum ?? min + 1000) });
    return fc.oneof({ arbitrary: inRange, weight: 4 }, { arbitrary: oddNumber, weight: 1 });
  }
  if (s.type === 'boolean') return fc.boolean();
  if (s.type === 'array') return fc.array(s.items ? value(s.items, api, depth + 1) : anyValue, { maxLength: 3 });
  if (s.type === 'object' || s.properties) return body(s, api, depth + 1);
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'date' || s.format === 'date-time') {
    return fc
      .date({ noInvalidDate: true })
      .map((d) => (s.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString()));
  }
  return fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: Math.min(s.maxLength ?? 20, 20) }));
}

/** Mostly plausible, sometimes hostile. */
function value(schema: Schema, api: OpenApi, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible(schema, api, depth), weight: 5 }, { arbitrary: anyValue, weight: 1 });
}

/**
 * An object of the schema — every field plausible, or all but one, or any mix of fields present or not — and now and
 * then fields nobody asked for: the mix that reaches past validation to the rules as well as testing validation.
 */
function body(schema: Schema, api: OpenApi, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(resolve(schema, api).properties ?? {});
  const whole = fc.record(Object.fromEntries(fields.map(([name, s]) => [name, plausible(s, api, depth)])));
  const allButOne =
    fields.length === 0
      ? whole
      : fc
          .tuple(whole, fc.constantFrom(...fields.map(([name]) => name)), anyValue)
          .map(([object, name, hostile]) => ({ ...object, [name]: hostile }));
  const mixed = fc.record(Object.fromEntries(fields.map(([name, s]) => [name, value(s, api, depth)])), {
    requiredKeys: [],
  });
  const unknown = oneIn(6, fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { minKeys: 1, maxKeys: 3 }));
  return fc
    .tuple(
      fc.oneof({ arbitrary: whole, weight: 2 }, { arbitrary: allButOne, weight: 2 }, { arbitrary: mixed, weight: 1 }),
      unknown,
    )
    .map(([known, extra]) => ({ ...(extra ?? {}), ...known }));
}

/** A path segment: an id, odd text, or bytes that are not UTF-8 at all (what a lone surrogate would become). */
const pathValue = fc.oneof(
  { arbitrary: fc.uuid(), weight: 4 },
  fc.constantFrom('%ED%A0%80', '%FF%FE', '%C0%AF', '%2e%2e%2f'),
  oddText.map((text) => (text === '' || /\p{Cs}/u.test(text) ? '%20' : encodeURIComponent(text))),
);

function attempt(route: Route, api: OpenApi, baseUrl: string, token: string): fc.Arbitrary<Attempt> {
  const params = route.operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const bodySchema = route.operation.requestBody?.content?.['application/json']?.schema;
  return fc
    .record({
      path: fc.tuple(...pathParams.map(() => pathValue)),
      query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, value(p.schema ?? {}, api).map(String)])), {
        requiredKeys: [],
      }),
      extraQuery: oneIn(6, fc.tuple(fc.string({ maxLength: 8 }), oddText)),
      body: bodySchema
        ? fc.oneof({ arbitrary: body(bodySchema, api), weight: 5 }, { arbitrary: anyValue, weight: 1 })
        : fc.constant(undefined),
      ifMatch: oneIn(
        3,
        fc.oneof(fc.constantFrom('0', '1', '"1"', 'W/"1"', '-1', '1.5', '99999999999999999999'), oddText),
      ),
      idempotencyKey: fc.oneof(fc.constant(null), fc.uuid(), oneIn(2, oddText)),
    })
    .map(({ path, query, extraQuery, body: sent, ifMatch, idempotencyKey }) => {
      let url = route.path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, path[i] as string)));
      const search = new URLSearchParams(query as Record<string, string>);
      if (extraQuery) search.append(extraQuery[0], extraQuery[1]);
      const headers: Record<string, string> = { Authorization: token };
      // Header values must be byte strings; what fetch cannot send, no client can.
      const headerSafe = (text: string): string => text.replace(/[^\x20-\x7e]/g, '?');
      if (ifMatch !== null) headers['If-Match'] = headerSafe(ifMatch);
      if (idempotencyKey !== null) headers['Idempotency-Key'] = headerSafe(idempotencyKey);
      if (sent !== undefined) headers['Content-Type'] = 'application/json';
      const query_ = search.toString();
      return {
        method: route.method,
        url: `${baseUrl}${url}${query_ ? `?${query_}` : ''}`,
        headers,
        body: sent === undefined ? undefined : JSON.stringify(sent),
      };
    });
}

const STREAM_TYPES = ['member', 'crewintake', 'centre', 'basetransfer', 'vehicle', 'item', 'certification'];
const NO_REFS: OpenApi = { paths: {} };

/** A message on a Muster topic: an integration event with generated data, often broken further, or not JSON at all. */
const hostileMessage = fc.constantFrom(...INTEGRATION_EVENTS).chain((contract) =>
  fc
    .record({
      id: fc.uuid(),
      data: value(contract.data as Schema, NO_REFS),
      streamId: fc.oneof(
        fc.tuple(fc.constantFrom(...STREAM_TYPES), fc.uuid()).map(([type, id]) => `${type}-${id}`),
        oddText,
      ),
      broken: fc.option(
        fc.tuple(
          fc.constantFrom('id', 'type', 'streamId', 'streamVersion', 'occurredAt', 'source', 'metadata', 'data'),
          anyValue,
        ),
        { freq: 3 },
      ),
      raw: fc.option(
        fc.oneof(
          oddText,
          fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null'),
        ),
        {
          freq: 8,
        },
      ),
    })
    .map(({ id, data, streamId, broken, raw }) => {
      const now = new Date().toISOString();
      const envelope: Record<string, unknown> = {
        id,
        type: contract.type,
        schemaVersion: contract.schemaVersion,
        streamId,
        streamType: String(streamId).split('-')[0],
        streamVersion: 1,
        globalPosition: '1',
        occurredAt: now,
        recordedAt: now,
        source: contract.source,
        data,
        metadata: { actorId: 'fuzz', actorRoles: ['admin'], correlationId: id, causationId: null, reason: null },
        hash: 'f'.repeat(64),
        previousHash: null,
      };
      if (broken) envelope[broken[0]] = broken[1];
      return { topic: topicOf(contract.source), key: String(streamId), value: raw ?? JSON.stringify(envelope) };
    }),
);

/** Whether the group has read every topic it is assigned up to the given ends (offsets taken after publishing). */
async function readUpTo(admin: Admin, groupId: string, ends: Map<string, Map<number, number>>): Promise<boolean> {
  const [group] = (await admin.describeGroups([groupId])).groups;
  const topics = new Set(
    (group?.members ?? []).flatMap((member) =>
      Object.keys(AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {}),
    ),
  );
  if (topics.size === 0) return false;
  for (const topic of topics) {
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    for (const [partition, end] of ends.get(topic) ?? new Map<number, number>()) {
      const at = Number(committed?.partitions.find((p) => p.partition === partition)?.offset ?? -1);
      if (end > 0 && at < end) return false;
    }
  }
  return true;
}

function routesOf(api: OpenApi): Route[] {
  return Object.entries(api.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => ['get', 'post', 'put'].includes(method))
      .map(([method, operation]) => ({ method: method.toUpperCase() as Route['method'], path, operation })),
  );
}

describe('every route of every service, fuzzed', () => {
  const names = ['personnel', 'centres', 'equipment', 'training'] as const;
  let broker: RestartableKafka | undefined;
  let services: RunningService[] = [];

  beforeAll(async () => {
    broker = await startDedicatedKafka();
    const brokers = broker.brokers;
    services = await Promise.all(names.map((name) => RunningService.start(name, brokers)));
  }, 240_000);
  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await broker?.dispose();
  }, 60_000);

  it.each(names.map((name, i) => [name, i] as const))(
    '%s answers generated bad input with a 4xx and records nothing',
    async (_name, index) => {
      const service = services[index] as RunningService;
      const api = (await (await fetch(`${service.baseUrl}/docs-json`)).json()) as OpenApi;
      const routes = routesOf(api);
      expect(routes.length).toBeGreaterThan(10);
      // Every role at once: a commander's scope is its own suites' business.
      const token = await bearer(
        ROLES.filter((role) => role !== 'commander'),
        [],
      );
      const failures: string[] = [];
      const answered = new Map<number, number>();
      await fc
        .assert(
          fc.asyncProperty(
            fc.constantFrom(...routes).chain((route) => attempt(route, api, service.baseUrl, token)),
            async (request) => {
              const before = await service.eventCount();
              const res = await fetch(request.url, {
                method: request.method,
                headers: request.headers,
                body: request.body,
              });
              const text = await res.text();
              answered.set(res.status, (answered.get(res.status) ?? 0) + 1);
              const recorded = (await service.eventCount()) - before;
              const what = `${request.method} ${request.url.slice(service.baseUrl.length, 200)} ${request.body?.slice(0, 200) ?? ''}`;
              if (res.status >= 500) failures.push(`${res.status} ${what} → ${text.slice(0, 300)}`);
              else if (res.status >= 400 && recorded !== 0)
                failures.push(`${res.status} recorded ${recorded}: ${what}`);
              return res.status < 500 && (res.status < 400 || recorded === 0);
            },
          ),
          {
            numRuns: routes.length * 6,
            endOnFailure: true,
            seed: Number(process.env['MUSTER_FUZZ_SEED'] ?? Date.now() % 2 ** 31),
          },
        )
        .catch((error: Error) => {
          throw new Error(`${failures.join('\n')}\n${error.message}`);
        });
      // The input got past validation often enough to reach the records and their rules, not only the DTOs.
      const reachedRules = [...answered].filter(([status]) => status !== 400).reduce((sum, [, n]) => sum + n, 0);
      expect(reachedRules).toBeGreaterThan(routes.length / 2);
    },
    600_000,
  );

  it('reads past hostile envelopes on every topic it consumes, and stays ready', async () => {
    const kafka = testKafka('muster-fuzz', [broker?.brokers ?? '']);
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    const admin = kafka.admin();
    await Promise.all([producer.connect(), admin.connect()]);
    try {
      const seed = Number(process.env['MUSTER_FUZZ_SEED'] ?? Date.now() % 2 ** 31);
      const messages = fc.sample(hostileMessage, { numRuns: 200, seed });
      const topics = [...new Set(messages.map((m) => m.topic))];
      await producer.sendBatch({
        topicMessages: topics.map((topic) => ({
          topic,
          messages: messages.filter((m) => m.topic === topic).map(({ key, value: sent }) => ({ key, value: sent })),
        })),
      });
      const ends = new Map(
        await Promise.all(
          topics.map(async (topic): Promise<[string, Map<number, number>]> => [
            topic,
            new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)])),
          ]),
        ),
      );
      for (const service of services) {
        await waitFor(
          () => readUpTo(admin, service.consumerGroup, ends),
          120_000,
          `${service.name} reading past the hostile envelopes (seed ${seed})`,
        );
      }
    } finally {
      await Promise.all([producer.disconnect(), admin.disconnect()]);
    }
  }, 300_000);

  it('keeps answering well after the storm', async () => {
    for (const service of services) {
      const health = await fetch(`${service.baseUrl}/health/ready`);
      expect({ service: service.name, status: health.status }).toEqual({ service: service.name, status: 200 });
    }
  });
});
