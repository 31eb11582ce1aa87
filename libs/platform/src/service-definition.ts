import { AppendHook, CatchUpProjection, Upcaster } from '@muster/event-store';
import { ServiceName } from '@muster/contracts';
import { ServiceEnvironment } from './config/environment';

type MigrationClass = new () => object;

/** Everything that makes one Muster service different from another, declared once in its app module. */
export interface ServiceDefinition<E extends ServiceEnvironment = ServiceEnvironment> {
  readonly name: ServiceName;
  readonly title: string;
  readonly defaultPort: number;
  readonly environment: new () => E;
  /** The service's own migrations; the event store's and the messaging tables' run first. */
  readonly migrations: readonly MigrationClass[];
  /** Read models updated in the append transaction. */
  readonly inlineProjections?: readonly AppendHook[];
  readonly catchUpProjections?: readonly CatchUpProjection[];
  readonly upcasters?: readonly Upcaster[];
}

export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
export const SERVICE_ENVIRONMENT = Symbol('SERVICE_ENVIRONMENT');
