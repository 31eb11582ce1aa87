import { TSchema } from '@sinclair/typebox';
import { stringify } from 'yaml';
import {
  EVENT_HEADERS,
  EventEnvelopeSchema,
  IntegrationEvent,
  SERVICES,
  ServiceName,
  topicOf,
} from '@muster/contracts';

/**
 * The contract documents generated from @muster/contracts: docs/asyncapi.yaml whole, and the section of
 * docs/events.md between the markers. Everything here is pure (contracts → strings; the formatter is passed in), so
 * the drift test can regenerate in memory; `npm run docs:contracts` (cli/contract-docs.ts) writes the result.
 */

export const CONTRACT_DOCS = { asyncapi: 'docs/asyncapi.yaml', events: 'docs/events.md' } as const;
export const SECTION_BEGIN = '<!-- generated:contracts:begin -->';
export const SECTION_END = '<!-- generated:contracts:end -->';
export const REGENERATE = 'npm run docs:contracts';

/** Formats a document as the lint step's `prettier --check` expects it; `path` is relative to the repository. */
export type Formatter = (text: string, path: string) => Promise<string>;

export interface ContractDocs {
  readonly asyncapi: string;
  readonly eventsMd: string;
}

/** Both documents, formatted; `eventsMd` is the given docs/events.md with its generated section replaced. */
export async function contractDocs(
  contracts: readonly IntegrationEvent[],
  eventsMd: string,
  format: Formatter,
): Promise<ContractDocs> {
  return {
    asyncapi: await format(renderAsyncApi(contracts), CONTRACT_DOCS.asyncapi),
    eventsMd: await format(withGeneratedSection(eventsMd, renderContractsSection(contracts)), CONTRACT_DOCS.events),
  };
}

// ---------------------------------------------------------------------------------------------------- JSON Schema

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonSchema = { [key: string]: Json };

const isSchema = (value: Json | undefined): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A TypeBox schema as plain JSON Schema, in the spelling people read: TypeBox's `anyOf` of string constants
 * becomes an `enum`, and `anyOf [T, null]` becomes `type: [T, 'null']` (equivalent, since every keyword but the
 * generic ones applies to its own type only). Keys in a fixed order, so the output is stable.
 */
export function toJsonSchema(schema: TSchema): JsonSchema {
  // The JSON round trip drops TypeBox's symbol-keyed bookkeeping (Kind, Hint).
  const plain = JSON.parse(JSON.stringify(schema)) as Json;
  const result = simplify(plain);
  if (!isSchema(result)) throw new Error('A contract schema must be an object');
  return result;
}

const GENERIC_KEYWORDS = ['const', 'enum', 'anyOf', 'allOf', 'oneOf', 'not', '$ref'];
const KEY_ORDER = [
  '$ref',
  'type',
  'format',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'description',
  'required',
  'properties',
  'items',
  'anyOf',
  'allOf',
];

function simplify(node: Json): Json {
  if (Array.isArray(node)) return node.map(simplify);
  if (!isSchema(node)) return node;
  // A `properties` map keeps its fields in the contract's order; only schema keywords are reordered.
  const entries = Object.entries(node).map(([key, value]): [string, Json] => [
    key,
    key === 'properties' && isSchema(value) ? mapValues(value, simplify) : simplify(value),
  ]);
  let schema: JsonSchema = Object.fromEntries(
    // TypeBox writes `properties: {}` for an open object; it constrains nothing.
    entries.filter(([key, value]) => !(key === 'properties' && isSchema(value) && Object.keys(value).length === 0)),
  );
  const anyOf = schema['anyOf'];
  if (Array.isArray(anyOf) && anyOf.every(isSchema)) {
    const { anyOf: _, ...outer } = schema;
    const constants = anyOf.map((member) =>
      Object.keys(member).every((k) => k === 'const' || k === 'type') ? member['const'] : undefined,
    );
    const nonNull = anyOf.filter((member) => !(Object.keys(member).length === 1 && member['type'] === 'null'));
    const [single] = nonNull;
    if (constants.every((c): c is string => typeof c === 'string')) {
      schema = { type: 'string', enum: constants, ...outer };
    } else if (
      anyOf.length === 2 &&
      nonNull.length === 1 &&
      single !== undefined &&
      typeof single['type'] === 'string' &&
      !GENERIC_KEYWORDS.some((k) => k in single)
    ) {
      schema = { ...single, type: [single['type'], 'null'], ...outer };
    }
  }
  const rank = (key: string) => (KEY_ORDER.includes(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.length);
  return Object.fromEntries(Object.entries(schema).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

const mapValues = (map: JsonSchema, f: (value: Json) => Json): JsonSchema =>
  Object.fromEntries(Object.entries(map).map(([key, value]) => [key, f(value)]));

// ------------------------------------------------------------------------------------------------------- AsyncAPI

/** Contracts in a stable order (by service, then type, then version), whatever the registry's order. */
function ordered(contracts: readonly IntegrationEvent[]): IntegrationEvent[] {
  const seen = new Set<string>();
  for (const c of contracts) {
    const key = `${c.type}@${c.schemaVersion}`;
    if (seen.has(key)) throw new Error(`Two contracts define ${c.type} at schema version ${c.schemaVersion}`);
    seen.add(key);
  }
  return [...contracts].sort(
    (a, b) =>
      SERVICES.indexOf(a.source) - SERVICES.indexOf(b.source) ||
      a.type.localeCompare(b.type) ||
      a.schemaVersion - b.schemaVersion,
  );
}

/** The AsyncAPI component names of a contract: a type keeps its name forever, so the version tells them apart. */
export function messageName(contract: IntegrationEvent): string {
  return `${contract.type}V${contract.schemaVersion}`;
}

const ref = (path: string): JsonSchema => ({ $ref: `#/${path}` });
const capitalised = (service: ServiceName): string => service[0]?.toUpperCase() + service.slice(1);

/** docs/asyncapi.yaml, before formatting. */
export function renderAsyncApi(contracts: readonly IntegrationEvent[]): string {
  const sorted = ordered(contracts);
  const kafkaKey = { kafka: { key: { type: 'string', description: 'the stream id, <aggregate>-<uuid>' } } };

  const channels = Object.fromEntries(
    SERVICES.map((service): [string, Json] => [
      service,
      {
        address: topicOf(service),
        messages: {
          ...Object.fromEntries(
            sorted
              .filter((c) => c.source === service)
              .map((c): [string, Json] => [messageName(c), ref(`components/messages/${messageName(c)}`)]),
          ),
          [`${service}Event`]: ref('components/messages/MusterEvent'),
        },
      },
    ]),
  );
  const operations = Object.fromEntries(
    SERVICES.map((service): [string, Json] => [
      `publish${capitalised(service)}`,
      { action: 'send', channel: ref(`channels/${service}`) },
    ]),
  );
  const contractMessages = sorted.map((c): [string, Json] => [
    messageName(c),
    {
      name: c.type,
      title: `${c.type} (schema version ${c.schemaVersion})`,
      summary: c.summary,
      headers: ref('components/schemas/EventHeaders'),
      payload: {
        allOf: [
          ref('components/schemas/Envelope'),
          {
            type: 'object',
            properties: {
              type: { const: c.type },
              schemaVersion: { const: c.schemaVersion },
              source: { const: c.source },
              data: ref(`components/schemas/${messageName(c)}Data`),
            },
          },
        ],
      },
      bindings: kafkaKey,
    },
  ]);

  const document: JsonSchema = {
    asyncapi: '3.0.0',
    info: {
      title: 'Muster events',
      version: '1.0.0',
      description: [
        "Events recorded by Muster's services, published from each service's events table by its relay. Key = stream",
        'id; value = the envelope below (JSON). At-least-once: deduplicate by `id`. See docs/events.md. The',
        'integration events other services consume have their own message, with the schema of their data.',
        '',
      ].join('\n'),
    },
    defaultContentType: 'application/json',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'the broker `npm start` runs' } },
    channels,
    operations,
    components: {
      messages: {
        MusterEvent: {
          name: 'MusterEvent',
          title: 'A recorded Muster event',
          summary: "Any event; its data's shape per type is in docs/events.md.",
          headers: ref('components/schemas/EventHeaders'),
          payload: ref('components/schemas/Envelope'),
          bindings: kafkaKey,
        },
        ...Object.fromEntries(contractMessages),
      },
      schemas: {
        EventHeaders: {
          type: 'object',
          properties: {
            [EVENT_HEADERS.eventId]: { type: 'string', format: 'uuid' },
            [EVENT_HEADERS.eventType]: { type: 'string' },
            [EVENT_HEADERS.correlationId]: { type: 'string' },
          },
        },
        Envelope: toJsonSchema(EventEnvelopeSchema),
        ...Object.fromEntries(sorted.map((c): [string, Json] => [`${messageName(c)}Data`, toJsonSchema(c.data)])),
      },
    },
  };
  const header = `# Generated from @muster/contracts by \`${REGENERATE}\`: change the contracts, not this file.\n`;
  return header + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

// ------------------------------------------------------------------------------------------------------ events.md

/** The generated section of docs/events.md (without its markers), before formatting. */
export function renderContractsSection(contracts: readonly IntegrationEvent[]): string {
  const intro = [
    `_Generated from the definitions in \`@muster/contracts\` by \`${REGENERATE}\`: change a contract there, never`,
    "here. A consumer checks an event's `data` with its contract's `parse` before acting on it._",
  ].join('\n');
  const sorted = ordered(contracts);
  if (sorted.length === 0) return `${intro}\n\nNo integration events are defined yet.\n`;
  return [intro, ...sorted.map(renderContract)].join('\n\n') + '\n';
}

function renderContract(contract: IntegrationEvent): string {
  const rows = fieldRows(toJsonSchema(contract.data)).map(
    (row) => `| \`${row.path}\` | ${row.type} | ${row.required ? 'yes' : 'no'} | ${cell(row.description)} |`,
  );
  return [
    `### \`${contract.type}\` (schema version ${contract.schemaVersion})`,
    cell(contract.summary),
    `Published by the ${contract.source} service on \`${topicOf(contract.source)}\`; AsyncAPI message ` +
      `\`${messageName(contract)}\`.`,
    ['| field | type | required | description |', '| --- | --- | --- | --- |', ...rows].join('\n'),
  ].join('\n\n');
}

interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

/** One row per field, nested objects flattened (`origin.kind`, `cleared[].personId`). */
function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const properties = isSchema(schema['properties']) ? schema['properties'] : {};
  const required = Array.isArray(schema['required']) ? schema['required'] : [];
  return Object.entries(properties).flatMap(([name, property]) => {
    if (!isSchema(property)) return [];
    const path = `${prefix}${name}`;
    const row: FieldRow = {
      path,
      type: cell(typeOf(property)),
      required: required.includes(name),
      description: typeof property['description'] === 'string' ? property['description'] : '',
    };
    const items = property['items'];
    const nested = isSchema(property['properties'])
      ? fieldRows(property, `${path}.`)
      : isSchema(items) && isSchema(items['properties'])
        ? fieldRows(items, `${path}[].`)
        : [];
    return [row, ...nested];
  });
}

const FORMATS: Readonly<Record<string, string>> = {
  uuid: 'uuid',
  date: 'date, YYYY-MM-DD',
  'date-time': 'date-time, ISO 8601',
};

/** A field's type in a few words: `string (uuid)`, `string (uuid)[], at most 10000`, `"a" | "b"`, `string | null`. */
export function typeOf(schema: JsonSchema): string {
  if ('const' in schema) return `\`${JSON.stringify(schema['const'])}\``;
  if (Array.isArray(schema['enum'])) return schema['enum'].map((v) => `\`${JSON.stringify(v)}\``).join(' | ');
  if (typeof schema['$ref'] === 'string') return schema['$ref'].split('/').at(-1) ?? 'object';
  for (const keyword of ['anyOf', 'oneOf']) {
    const members = schema[keyword];
    if (Array.isArray(members)) return members.filter(isSchema).map(typeOf).join(' | ');
  }
  const type = schema['type'];
  if (Array.isArray(type)) {
    return type.map((t) => (t === 'null' ? 'null' : typeOf({ ...schema, type: t }))).join(' | ');
  }
  const limits = (min: string, max: string, unit: string): string[] => {
    const [low, high] = [schema[min], schema[max]];
    if (typeof low === 'number' && typeof high === 'number') return [`${low}–${high}${unit}`];
    if (typeof low === 'number') return [`at least ${low}${unit}`];
    if (typeof high === 'number') return [`at most ${high}${unit}`];
    return [];
  };
  switch (type) {
    case 'string': {
      const format = typeof schema['format'] === 'string' ? (FORMATS[schema['format']] ?? schema['format']) : '';
      const pattern = typeof schema['pattern'] === 'string' ? [`matching \`${schema['pattern']}\``] : [];
      return qualified(format ? `string (${format})` : 'string', [
        ...limits('minLength', 'maxLength', ' characters'),
        ...pattern,
      ]);
    }
    case 'integer':
    case 'number':
      return qualified(type, limits('minimum', 'maximum', ''));
    case 'array': {
      const items = schema['items'];
      return qualified(`${isSchema(items) ? typeOf(items) : 'any'}[]`, limits('minItems', 'maxItems', ' items'));
    }
    case 'boolean':
    case 'null':
    case 'object':
      return type;
    default:
      return 'any';
  }
}

const qualified = (base: string, notes: string[]): string => (notes.length ? `${base}, ${notes.join(', ')}` : base);

/** Text safe in one Markdown table cell. */
const cell = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** `eventsMd` with what lies between the markers replaced by `section`. */
export function withGeneratedSection(eventsMd: string, section: string): string {
  const begin = eventsMd.indexOf(SECTION_BEGIN);
  const end = eventsMd.indexOf(SECTION_END);
  const once = (marker: string) => eventsMd.indexOf(marker) === eventsMd.lastIndexOf(marker);
  if (begin < 0 || end < begin || !once(SECTION_BEGIN) || !once(SECTION_END)) {
    throw new Error(`${CONTRACT_DOCS.events} needs exactly one ${SECTION_BEGIN} followed by one ${SECTION_END}`);
  }
  return `${eventsMd.slice(0, begin + SECTION_BEGIN.length)}\n\n${section.trim()}\n\n${eventsMd.slice(end)}`;
}

/** What lies between the markers (for the drift test: the rest of docs/events.md is hand-written). */
export function generatedSectionOf(eventsMd: string): string {
  const begin = eventsMd.indexOf(SECTION_BEGIN);
  const end = eventsMd.indexOf(SECTION_END);
  if (begin < 0 || end < begin) throw new Error(`${CONTRACT_DOCS.events} has no ${SECTION_BEGIN} … ${SECTION_END}`);
  return eventsMd.slice(begin + SECTION_BEGIN.length, end);
}
