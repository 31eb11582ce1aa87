import { DynamicModule, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule, authSettingsFrom } from '@muster/auth';
import { autocommit, CatchUpProjectionRunner, PostgresEventStore } from '@muster/event-store';
import { checkpointTopicOf, logTopicOf, topicOf } from '@muster/contracts';
import { createKafka, EventConsumer, OutboxRelay, registerMessagingMetrics } from '@muster/messaging';
import { Kafka } from 'kafkajs';
import { LoggerModule } from 'nestjs-pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AuditController } from './audit/audit.controller';
import { KnownCentresPipe } from './centres/known-centre.pipe';
import { followingCentres, KnownCentres } from './centres/known-centres';
import { KnownCentresController } from './centres/known-centres.controller';
import { environmentOf, ServiceEnvironment } from './config/environment';
import { dataSourceOptions } from './database/data-source-options';
import { migrateDatabase } from './database/migrate';
import { HealthController, READINESS_KAFKA } from './health/health.controller';
import { ApiExceptionFilter } from './http/exception.filter';
import { RateLimitModule } from './http/user-throttler.guard';
import { musterValidationPipe } from './http/validation';
import { loggerOptions } from './logging/logger-options';
import { MetricsController } from './metrics/metrics.controller';
import { ProjectionWorker } from './projections/projection-worker';
import { ProjectionsController } from './projections/projections.controller';
import { ReactionRunner } from './reactions/reaction-runner';
import {
  consumerHandlers,
  followOwnEvents,
  integrationReactions,
  consumedSources,
  ownReactions,
  REACTION_BATCH,
} from './reactions/reaction-wiring';
import { LogAuditController, LogIdentity } from './verifiable-log/log-audit.controller';
import { LogSigner } from './verifiable-log/log-signer';
import { logSettings } from './verifiable-log/log-settings';
import {
  INTEGRATION_CONSUMER,
  INTEGRATION_CONSUMER_HANDLERS,
  IntegrationEventHandlers,
  SERVICE_ENVIRONMENT,
  ServiceDefinition,
} from './service-definition';

/** Starts the relay, the log signer (and consumer) with the service; stops them, after in-flight work, on shutdown. */
class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly signer: LogSigner,
    private readonly consumer: EventConsumer | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
    await this.signer.start();
    await this.consumer?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.signer.stop();
    await this.relay.stop();
  }
}

@Module({})
class EnvironmentModule {}

/** The service's Kafka client, signed in as its own user; `retries` for the readiness probe's (none). */
function kafkaOf(service: string, env: ServiceEnvironment, retries?: number): Kafka {
  return createKafka(
    env.KAFKA_BROKERS.split(','),
    `muster-${service}`,
    new Logger('Kafka'),
    env.KAFKA_USERNAME && env.KAFKA_PASSWORD
      ? { mechanism: env.KAFKA_SASL_MECHANISM, username: env.KAFKA_USERNAME, password: env.KAFKA_PASSWORD }
      : undefined,
    retries,
  );
}

@Module({})
export class PlatformModule {
  /**
   * The shared spine of every Muster service: validated configuration, structured logs, its own database with
   * migrations, the event store with inline projections and its relay to Kafka, auth on every route, health, metrics,
   * audit, validation and one error shape.
   */
  static forService<E extends ServiceEnvironment>(definition: ServiceDefinition<E>): DynamicModule {
    // Validated once; a missing or malformed setting stops start-up with its name (see bootstrap).
    const environmentModule: DynamicModule = {
      module: EnvironmentModule,
      global: true,
      providers: [
        { provide: SERVICE_ENVIRONMENT, useFactory: () => environmentOf(definition) },
        { provide: ConfigService, useFactory: (env: E) => new ConfigService(env), inject: [SERVICE_ENVIRONMENT] },
      ],
      exports: [SERVICE_ENVIRONMENT, ConfigService],
    };
    const fromEnvironment = { imports: [environmentModule], inject: [SERVICE_ENVIRONMENT] };
    return {
      module: PlatformModule,
      global: true,
      imports: [
        environmentModule,
        LoggerModule.forRootAsync({
          ...fromEnvironment,
          useFactory: (env: E) => loggerOptions(definition.name, env.LOG_LEVEL),
        }),
        TypeOrmModule.forRootAsync({
          ...fromEnvironment,
          useFactory: async (env: E) => {
            await migrateDatabase(definition, env);
            return dataSourceOptions(definition, env);
          },
        }),
        ThrottlerModule.forRootAsync({
          ...fromEnvironment,
          useFactory: (env: E) => [{ ttl: 60_000, limit: env.RATE_LIMIT_PER_MINUTE }],
        }),
        AuthModule.forRootAsync({ useFactory: (env: E) => authSettingsFrom(env), inject: [SERVICE_ENVIRONMENT] }),
        RateLimitModule,
        CqrsModule.forRoot(),
        TerminusModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        AuditController,
        LogAuditController,
        ProjectionsController,
        ...(definition.knowsCentres ? [KnownCentresController] : []),
      ],
      providers: [
        { provide: Kafka, useFactory: (env: E) => kafkaOf(definition.name, env), inject: [SERVICE_ENVIRONMENT] },
        {
          provide: READINESS_KAFKA,
          useFactory: (env: E) => kafkaOf(definition.name, env, 0),
          inject: [SERVICE_ENVIRONMENT],
        },
        {
          provide: PostgresEventStore,
          useFactory: (dataSource: DataSource, env: E) =>
            new PostgresEventStore(dataSource, {
              hooks: [...(definition.appendHooks?.(env) ?? [])],
              upcasters: (definition.catalogues ?? []).flatMap((catalogue) => catalogue.upcasters),
              snapshotEvery: env.SNAPSHOT_EVERY,
            }),
          inject: [DataSource, SERVICE_ENVIRONMENT],
        },
        {
          provide: CatchUpProjectionRunner,
          useFactory: (store: PostgresEventStore) => new CatchUpProjectionRunner(store),
          inject: [PostgresEventStore],
        },
        {
          provide: ReactionRunner,
          useFactory: (bus: CommandBus, dataSource: DataSource) => new ReactionRunner(bus, autocommit(dataSource)),
          inject: [CommandBus, DataSource],
        },
        {
          provide: ProjectionWorker,
          useFactory: (store: PostgresEventStore, runner: CatchUpProjectionRunner, reactions: ReactionRunner) =>
            new ProjectionWorker(
              { runner, projections: definition.catchUpProjections ?? [] },
              {
                runner: new CatchUpProjectionRunner(store, { batchSize: REACTION_BATCH }),
                projections: ownReactions(definition).map((reaction) => followOwnEvents(reaction, reactions)),
              },
            ),
          inject: [PostgresEventStore, CatchUpProjectionRunner, ReactionRunner],
        },
        {
          provide: OutboxRelay,
          useFactory: (dataSource: DataSource, kafka: Kafka, store: PostgresEventStore) => {
            const relay = new OutboxRelay({
              dataSource,
              kafka,
              source: definition.name,
              unpublishedStreamTypes: (definition.catalogues ?? [])
                .filter((catalogue) => catalogue.published === false)
                .map((catalogue) => catalogue.streamType),
              logger: new Logger('OutboxRelay'),
            });
            // This instance's appends wake the relay at once; other instances' are found by its poll.
            store.onAppended(() => relay.wake());
            return relay;
          },
          inject: [DataSource, Kafka, PostgresEventStore],
        },
        {
          provide: Registry,
          useFactory: (relay: OutboxRelay, consumer: EventConsumer | null) => {
            const registry = new Registry();
            registry.setDefaultLabels({ service: definition.name });
            collectDefaultMetrics({ register: registry });
            registerMessagingMetrics(registry, relay, consumer ? [consumer] : []);
            return registry;
          },
          inject: [OutboxRelay, INTEGRATION_CONSUMER],
        },
        {
          provide: INTEGRATION_CONSUMER,
          useFactory: (
            dataSource: DataSource,
            kafka: Kafka,
            reactions: ReactionRunner,
            env: E,
            handlers: IntegrationEventHandlers | null,
          ) => {
            const followed = integrationReactions(definition);
            const sources = consumedSources(definition);
            if (sources.length === 0) return null;
            const own = handlers?.handlers() ?? {};
            return new EventConsumer({
              dataSource,
              kafka,
              groupId: env.KAFKA_CONSUMER_GROUP ?? `muster-${definition.name}`,
              topics: sources.map(topicOf),
              handlers: consumerHandlers(definition.knowsCentres ? followingCentres(own) : own, followed, reactions),
              logger: new Logger('EventConsumer'),
            });
          },
          inject: [
            DataSource,
            Kafka,
            ReactionRunner,
            SERVICE_ENVIRONMENT,
            { token: definition.consumes?.handlers ?? INTEGRATION_CONSUMER_HANDLERS, optional: true },
          ],
        },
        {
          provide: LogIdentity,
          useFactory: (env: E) => logSettings(definition.name, env).identity,
          inject: [SERVICE_ENVIRONMENT],
        },
        {
          provide: LogSigner,
          useFactory: (dataSource: DataSource, kafka: Kafka, env: E) => {
            const { identity, signingKey } = logSettings(definition.name, env);
            return new LogSigner({
              dataSource,
              kafka,
              log: identity.log,
              logTopic: env.LOG_ENTRIES_TO_KAFKA === 'on' ? logTopicOf(definition.name) : null,
              checkpointTopic: checkpointTopicOf(definition.name),
              signingKey,
              checkpointEvery: env.LOG_CHECKPOINT_EVENTS,
              checkpointIntervalMs: env.LOG_CHECKPOINT_INTERVAL_MS,
              logger: new Logger('LogSigner'),
            });
          },
          inject: [DataSource, Kafka, SERVICE_ENVIRONMENT],
        },
        {
          provide: MessagingLifecycle,
          useFactory: (relay: OutboxRelay, signer: LogSigner, consumer: EventConsumer | null) =>
            new MessagingLifecycle(relay, signer, consumer),
          inject: [OutboxRelay, LogSigner, INTEGRATION_CONSUMER],
        },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useFactory: musterValidationPipe },
        ...(definition.knowsCentres
          ? [
              {
                provide: KnownCentres,
                useFactory: (dataSource: DataSource) => new KnownCentres(autocommit(dataSource), definition.name),
                inject: [DataSource],
              },
            ]
          : []),
        // After validation (global pipes run in the order declared): it checks the validated fields.
        {
          provide: APP_PIPE,
          useFactory: (centres: KnownCentres | undefined) => new KnownCentresPipe(centres ?? null),
          inject: [{ token: KnownCentres, optional: true }],
        },
      ],
      exports: [
        Kafka,
        PostgresEventStore,
        OutboxRelay,
        LogSigner,
        Registry,
        INTEGRATION_CONSUMER,
        ...(definition.knowsCentres ? [KnownCentres] : []),
      ],
    };
  }
}

export const InjectEnvironment = (): ParameterDecorator & PropertyDecorator => Inject(SERVICE_ENVIRONMENT);
