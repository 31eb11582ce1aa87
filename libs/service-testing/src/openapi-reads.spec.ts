import { OpenApiDocument, readsWithoutSchema } from './openapi-reads';

const read = (responses: Record<string, unknown>) => ({ get: { responses } });
const json = (schema: unknown) => ({ '200': { description: '', content: { 'application/json': { schema } } } });

describe('readsWithoutSchema', () => {
  it('passes reads answering a component, an array of them, a primitive or another media type', () => {
    const document = {
      paths: {
        '/centres/{id}': read(json({ $ref: '#/components/schemas/Centre' })),
        '/centres': read(json({ type: 'array', items: { $ref: '#/components/schemas/Centre' } })),
        '/count': read(json({ type: 'number' })),
        '/export': read({ '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } } }),
        '/centres/{id}/close': { post: { responses: { '201': { description: 'no schema needed here' } } } },
      },
      components: {
        schemas: {
          Centre: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              closedOn: { type: 'string', nullable: true },
              kind: { enum: ['base', 'post'] },
              target: { oneOf: [{ $ref: '#/components/schemas/Centre' }, { type: 'string' }] },
              counts: { type: 'object', additionalProperties: { type: 'number' } },
              data: { type: 'object', additionalProperties: true },
            },
          },
        },
      },
    } as unknown as OpenApiDocument;
    expect(readsWithoutSchema(document)).toEqual([]);
  });

  it('names reads described in prose only, or without a 200 answer', () => {
    const document = {
      paths: {
        '/members': read({ '200': { description: '{ items, total, limit, offset }' } }),
        '/members/{id}': read({ '404': { description: 'unknown' } }),
      },
    } as unknown as OpenApiDocument;
    expect(readsWithoutSchema(document)).toEqual([
      'GET /members: its answer is described in prose only',
      'GET /members/{id}: no 200 answer',
    ]);
  });

  it('names the values that came out without a shape (a union, `string | null` or a Record declared bare)', () => {
    const document = {
      paths: { '/transfers/{id}': read(json({ $ref: '#/components/schemas/Transfer' })) },
      components: {
        schemas: {
          Transfer: {
            type: 'object',
            properties: {
              startedOn: { type: 'object', nullable: true },
              vehicles: { type: 'array', items: { $ref: '#/components/schemas/Vehicle' } },
              note: {},
            },
          },
          Vehicle: { type: 'object', properties: { target: { type: 'object' } } },
        },
      },
    } as unknown as OpenApiDocument;
    expect(readsWithoutSchema(document)).toEqual([
      'GET /transfers/{id}: Transfer.startedOn has no shape',
      'GET /transfers/{id}: Vehicle.target has no shape',
      'GET /transfers/{id}: Transfer.note has no shape',
    ]);
  });
});
