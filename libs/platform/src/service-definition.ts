import { EventCatalogue } from '@muster/event-sourcing';
import { AppendHook, CatchUpProjection } from '@muster/event-store';
import { Type } from '@nestjs/common';
import { ServiceName } from '@muster/contracts';
import { EventHandler } from '@muster/messaging';
import { ServiceEnvironment } from './config/environment';
import { Reaction } from './reactions/reaction';

type MigrationClass = new () => object;

/** Everything that makes one Muster service different from another, declared once in its app module. */
export interface ServiceDefinition<E extends ServiceEnvironment = ServiceEnvironment> {
  readonly name: ServiceName;
  readonly title: string;
  readonly defaultPort: number;
  readonly environment: new () => E;
  /** The service's own migrations; the event store's and the messaging tables' run first. */
  readonly migrations: readonly MigrationClass[];
  /**
   * Work that commits with every append: inline read models, and effects such as crypto-shredding. Called once, with
   * the validated environment, when the event store is built (hooks may need a setting, e.g. a key).
   */
  appendHooks?(env: E): readonly AppendHook[];
  readonly catchUpProjections?: readonly CatchUpProjection[];
  /** Per stream type: its events, the schema version each is written with, and the upcasters of older ones. */
  readonly catalogues?: readonly EventCatalogue[];
  /**
   * Processes across aggregates and services: "on these events, send these commands". Own events are followed by
   * the catch-up runner, other services' by the Kafka consumer (their topics are subscribed to for it).
   */
  readonly reactions?: readonly Reaction[];
  /** Other services' events this one follows into its own read models (idempotent, via its inbox). */
  readonly consumes?: {
    readonly from: readonly ServiceName[];
    /** A provider of the service's module whose handlers() maps event types to handlers. */
    readonly handlers: Type<IntegrationEventHandlers>;
  };
  /**
   * Follows the centres service's topic into a local `known_centres` read model, so that its commands can refuse a
   * centre it does not know (fields marked `@KnownCentre()`); `GET /known-centres/:centreId` says whether it knows one.
   */
  readonly knowsCentres?: boolean;
}

export interface IntegrationEventHandlers {
  handlers(): Readonly<Record<string, EventHandler>>;
}

export const SERVICE_ENVIRONMENT = Symbol('SERVICE_ENVIRONMENT');
/** The service's consumer of other services' events (null when it follows none). */
export const INTEGRATION_CONSUMER = Symbol('INTEGRATION_CONSUMER');
export const INTEGRATION_CONSUMER_HANDLERS = Symbol('INTEGRATION_CONSUMER_HANDLERS');
