/** The parts of an OpenAPI 3 document (a service's `GET /docs-json`) that say what a read answers. */
export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, OpenApiSchema>;
  additionalProperties?: boolean | OpenApiSchema;
  items?: OpenApiSchema;
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  allOf?: OpenApiSchema[];
  enum?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * Every GET route whose 200 answer a typed client (the console's openapi-typescript) could not type, with the reason:
 * no 200 answer, an answer described in prose only, or a JSON schema in which some value has no shape — an object with
 * neither properties nor additional properties (what a union, a `string | null` or a `Record` declared without its
 * type comes out as), or a schema with no type at all. Answers in other media types (CSV, NDJSON, the metrics'
 * text) are not JSON: their media type is what they declare.
 */
export function readsWithoutSchema(document: OpenApiDocument): string[] {
  const components = document.components?.schemas ?? {};
  const problems: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const read = operations['get'];
    if (read === undefined) continue;
    const route = `GET ${path}`;
    const ok = read.responses?.['200'];
    if (ok === undefined) {
      problems.push(`${route}: no 200 answer`);
      continue;
    }
    const content = Object.entries(ok.content ?? {});
    if (content.length === 0) problems.push(`${route}: its answer is described in prose only`);
    for (const [mediaType, { schema }] of content) {
      if (!mediaType.includes('json') || mediaType.includes('ndjson')) continue;
      const shapeless = shapelessParts(schema as OpenApiSchema | undefined, components, 'answer', new Set());
      problems.push(...new Set(shapeless.map((where) => `${route}: ${where} has no shape`)));
    }
  }
  return problems;
}

function shapelessParts(
  schema: OpenApiSchema | undefined,
  components: Record<string, OpenApiSchema>,
  where: string,
  visited: Set<string>,
): string[] {
  if (schema === undefined) return [where];
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (visited.has(name)) return [];
    const target = components[name];
    return shapelessParts(target, components, name, new Set([...visited, name]));
  }
  const alternatives = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])];
  if (alternatives.length > 0)
    return alternatives.flatMap((alternative, i) => shapelessParts(alternative, components, `${where}[${i}]`, visited));
  if (schema.enum !== undefined && schema.enum.length > 0) return [];
  if (schema.type !== undefined && PRIMITIVES.has(schema.type)) return [];
  if (schema.type === 'array') return shapelessParts(schema.items, components, `${where}[]`, visited);
  if (schema.type === 'object') {
    const properties = Object.entries(schema.properties ?? {});
    // `additionalProperties: true` is a free-form object declared as such (an event's data), never an accident.
    if (schema.additionalProperties === true) return [];
    const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    if (properties.length === 0 && extra === undefined) return [where];
    return [
      ...properties.flatMap(([name, property]) => shapelessParts(property, components, `${where}.${name}`, visited)),
      ...(extra === undefined ? [] : shapelessParts(extra, components, `${where}[key]`, visited)),
    ];
  }
  return [where];
}
