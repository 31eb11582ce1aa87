import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { parse as parseYaml } from 'yaml';
import { defineIntegrationEvent, INTEGRATION_EVENTS } from '@muster/contracts';
import {
  CONTRACT_DOCS,
  contractDocs,
  Formatter,
  generatedSectionOf,
  REGENERATE,
  renderAsyncApi,
  renderContractsSection,
  SECTION_BEGIN,
  SECTION_END,
  withGeneratedSection,
} from './contract-docs';
import { REPO_ROOT } from './infrastructure';

/**
 * Prettier 3's API loads its plugins with a dynamic import, which Jest's CommonJS sandbox refuses; its CLI, fed on
 * stdin, is the same formatter with the same per-file configuration the lint step's `prettier --check .` uses.
 */
const prettierCli: Formatter = async (text, path) => {
  const run = spawnSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--stdin-filepath', path], {
    cwd: REPO_ROOT,
    input: text,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`prettier failed on ${path}: ${run.stderr}`);
  return run.stdout;
};

const committed = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');

describe('the contract documents generated from @muster/contracts', () => {
  it(`are committed as generated (run \`${REGENERATE}\` when this fails)`, async () => {
    const eventsMd = committed(CONTRACT_DOCS.events);
    const expected = await contractDocs(INTEGRATION_EVENTS, eventsMd, prettierCli);
    const stale = [
      committed(CONTRACT_DOCS.asyncapi) !== expected.asyncapi ? CONTRACT_DOCS.asyncapi : undefined,
      // Only the generated section: the rest of events.md is written by hand.
      generatedSectionOf(eventsMd) !== generatedSectionOf(expected.eventsMd)
        ? `${CONTRACT_DOCS.events} (between ${SECTION_BEGIN} and ${SECTION_END})`
        : undefined,
    ].filter((path) => path !== undefined);
    if (stale.length > 0) {
      throw new Error(`${stale.join(' and ')} differ from @muster/contracts: run \`${REGENERATE}\` and commit them`);
    }
  }, 60_000);
});

describe('contract docs generation (pure)', () => {
  const vehicleDispatched = defineIntegrationEvent({
    type: 'VehicleDispatched',
    source: 'equipment',
    schemaVersion: 2,
    summary: 'A vehicle left for a job | with its crew.',
    data: Type.Object({
      vehicleId: Type.String({ format: 'uuid', description: 'the vehicle' }),
      odometerKm: Type.Optional(Type.Integer({ minimum: 0, description: 'its reading\nat departure' })),
      priority: Type.Union([Type.Literal('routine'), Type.Literal('urgent')], { description: 'how fast' }),
      note: Type.Union([Type.String({ maxLength: 500 }), Type.Null()], { description: 'free text' }),
      crew: Type.Array(
        Type.Object({
          memberId: Type.String({ format: 'uuid', description: 'a crew member' }),
          role: Type.String({ minLength: 1, maxLength: 40, description: 'their role on board' }),
        }),
        { minItems: 1, description: 'who went' },
      ),
    }),
  });

  it('documents each field of a contract: type, required, description, nested fields flattened', () => {
    const section = renderContractsSection([vehicleDispatched]);
    expect(section).toContain('### `VehicleDispatched` (schema version 2)');
    expect(section).toContain('A vehicle left for a job \\| with its crew.');
    expect(section).toContain('Published by the equipment service on `muster.equipment.events`');
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toEqual([
      '| `vehicleId` | string (uuid) | yes | the vehicle |',
      '| `odometerKm` | integer, at least 0 | no | its reading at departure |',
      '| `priority` | `"routine"` \\| `"urgent"` | yes | how fast |',
      '| `note` | string, at most 500 characters \\| null | yes | free text |',
      '| `crew` | object[], at least 1 items | yes | who went |',
      '| `crew[].memberId` | string (uuid) | yes | a crew member |',
      '| `crew[].role` | string, 1–40 characters | yes | their role on board |',
    ]);
  });

  it('gives each contract an AsyncAPI message on its service channel, with its data schema as JSON Schema', () => {
    const document = parseYaml(renderAsyncApi([vehicleDispatched])) as {
      channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
      components: {
        messages: Record<string, { name: string; payload: { allOf: unknown[] } }>;
        schemas: Record<string, Record<string, unknown>>;
      };
    };
    expect(document.channels['equipment']).toEqual({
      address: 'muster.equipment.events',
      messages: {
        VehicleDispatchedV2: { $ref: '#/components/messages/VehicleDispatchedV2' },
        equipmentEvent: { $ref: '#/components/messages/MusterEvent' },
      },
    });
    expect(document.components.messages['VehicleDispatchedV2']?.payload.allOf[1]).toMatchObject({
      properties: {
        type: { const: 'VehicleDispatched' },
        schemaVersion: { const: 2 },
        data: { $ref: '#/components/schemas/VehicleDispatchedV2Data' },
      },
    });
    const data = document.components.schemas['VehicleDispatchedV2Data'];
    expect(data?.['required']).toEqual(['vehicleId', 'priority', 'note', 'crew']);
    expect(data?.['properties']).toMatchObject({
      priority: { type: 'string', enum: ['routine', 'urgent'], description: 'how fast' },
      note: { type: ['string', 'null'], maxLength: 500, description: 'free text' },
    });
    // The envelope comes from EventEnvelopeSchema, roles and services included.
    expect(document.components.schemas['Envelope']?.['required']).toContain('previousHash');
  });

  it('refuses two contracts for the same type and schema version', () => {
    expect(() => renderAsyncApi([vehicleDispatched, vehicleDispatched])).toThrow(/VehicleDispatched/);
  });

  it('replaces only what lies between the markers, and insists on them', () => {
    const doc = `# Events\n\n${SECTION_BEGIN}\nold\n${SECTION_END}\n\n## Personnel\n`;
    expect(withGeneratedSection(doc, 'new\n')).toBe(
      `# Events\n\n${SECTION_BEGIN}\n\nnew\n\n${SECTION_END}\n\n## Personnel\n`,
    );
    expect(() => withGeneratedSection('# Events\n', 'new')).toThrow(SECTION_BEGIN);
    expect(() => withGeneratedSection(`${SECTION_END}\n${SECTION_BEGIN}\n`, 'new')).toThrow(SECTION_BEGIN);
    expect(() => withGeneratedSection(`${doc}${SECTION_BEGIN}`, 'new')).toThrow(SECTION_BEGIN);
  });
});
