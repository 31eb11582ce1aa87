import { Kind, Static, TObject } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { SERVICES, ServiceName } from './envelope';
import './schemas';

/** What a service promises about one event type that other services consume. */
export interface IntegrationEventDefinition<Type extends string = string, Data extends TObject = TObject> {
  /** The permanent type string (the envelope's `type`). */
  readonly type: Type;
  /** The service that publishes it, on `topicOf(source)`. */
  readonly source: ServiceName;
  /** The version of `data`'s shape: a changed shape is a new definition with the next version, never an edit. */
  readonly schemaVersion: number;
  /** One sentence for the docs: what happened. */
  readonly summary: string;
  /** The shape of the envelope's `data`; its properties' `description`s document the fields. */
  readonly data: Data;
}

/** A defined integration event: its definition plus the check every consumer runs on `data` before acting. */
export interface IntegrationEvent<
  Type extends string = string,
  Data extends TObject = TObject,
> extends IntegrationEventDefinition<Type, Data> {
  /** `value` typed as the contract's data when it meets the schema, otherwise undefined. */
  parse(value: unknown): Static<Data> | undefined;
  /**
   * Why `value` does not meet the schema, one line per problem (`/memberIds/3: Expected string …`), empty when it
   * does. Paths and rules only, never the offending values: logs must not hold personal data.
   */
  problems(value: unknown): string[];
}

/** More than this many problems says nothing more to a reader of the log. */
const MAX_PROBLEMS = 10;
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** Defines an integration event once: its type comes from `data` (Static), its check is compiled from it. */
export function defineIntegrationEvent<Type extends string, Data extends TObject>(
  definition: IntegrationEventDefinition<Type, Data>,
): IntegrationEvent<Type, Data> {
  const { type, source, schemaVersion, summary, data } = definition;
  // A bad definition must fail when the module loads, not when the first event arrives.
  if (!TYPE_NAME.test(type)) throw new Error(`Integration event type "${type}" must be PascalCase (e.g. MemberMoved)`);
  if (!(SERVICES as readonly string[]).includes(source)) throw new Error(`${type}: unknown source service "${source}"`);
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new Error(`${type}: schemaVersion must be a positive integer`);
  }
  if (summary.trim() === '') throw new Error(`${type}: give a summary for the docs`);
  if (data[Kind] !== 'Object') throw new Error(`${type}: data must be a TypeBox object schema (Type.Object)`);

  const check = TypeCompiler.Compile(data);
  return Object.freeze({
    type,
    source,
    schemaVersion,
    summary,
    // Frozen so that no consumer can loosen a contract that every other service relies on.
    data: deepFreeze(data),
    parse: (value: unknown): Static<Data> | undefined => (check.Check(value) ? value : undefined),
    problems: (value: unknown): string[] => {
      const found: string[] = [];
      for (const error of check.Errors(value)) {
        if (found.length === MAX_PROBLEMS) {
          found.push('… and more');
          break;
        }
        found.push(`${error.path || '/'}: ${error.message}`);
      }
      return found;
    },
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}
