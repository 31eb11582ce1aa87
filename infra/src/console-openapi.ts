import { join } from 'node:path';
import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { ServiceName } from '@muster/contracts';
import { REPO_ROOT } from './infrastructure';

/** Where the console keeps each service's OpenAPI types (committed; the console e2e spec checks them for drift). */
export const consoleOpenApiFile = (service: ServiceName): string =>
  join(REPO_ROOT, 'apps', 'console', 'src', 'api', 'openapi', `${service}.ts`);

/**
 * The TypeScript types of a service's OpenAPI document (`GET /docs-json`), as committed in the console: made by
 * openapi-typescript, formatted by the repository's Prettier settings so the committed file is checked as is.
 */
export async function consoleOpenApiTypes(service: ServiceName, document: OpenAPI3): Promise<string> {
  // The services repeat operation ids (every use case's controller is named by its verb, e.g. VettingController_handle
  // in two aggregates), which openapi-typescript refuses; the types are keyed by path and method, not by them.
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item ?? {}).map(([method, operation]) => {
          if (typeof operation !== 'object' || operation === null || Array.isArray(operation))
            return [method, operation];
          const { operationId: _operationId, ...rest } = operation as Record<string, unknown>;
          return [method, rest];
        }),
      ),
    ]),
  );
  const types = astToString(await openapiTS({ ...document, paths } as OpenAPI3));
  const file = consoleOpenApiFile(service);
  const header = `// The ${service} service's OpenAPI document as TypeScript: generated (infra/src/console-openapi.ts), do not edit.\n`;
  return format(header + types, { ...(await resolveConfig(file)), filepath: file });
}
