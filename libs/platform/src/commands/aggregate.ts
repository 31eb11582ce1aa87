import { Inject, Injectable, Type } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Decider, DomainError, DomainEvent, EventCatalogue } from '@muster/event-sourcing';
import { ConcurrencyError, PostgresEventStore } from '@muster/event-store';
import { CommandContext } from './command-context';
import { CommandResult } from './command-result';
import type { Send } from '../reactions/reaction';

/** What makes one aggregate's command path: configured once, used by every use case of the aggregate. */
export interface AggregateConfig<C, S, E extends DomainEvent> {
  /** The stream type and its events: stream ids are `<streamType>-<id>`. */
  readonly catalogue: EventCatalogue<E>;
  readonly decider: Decider<C, S, E>;
  /** Names the state's shape for snapshots: bump it whenever evolve or the state changes. Absent: no snapshots. */
  readonly snapshotKey?: string;
  /** The refusal when a record is read that was never created. */
  readonly notFound: () => DomainError;
}

/** A command for one record of one aggregate, as it travels on the command bus. */
export interface AggregateCommand<C> extends Command<CommandResult> {
  readonly id: string;
  readonly command: C;
  readonly ctx: CommandContext;
}

/** One record's command in a batch: at the version it was read at, when given (as If-Match). */
export interface BatchItem<C> {
  readonly id: string;
  readonly command: C;
  readonly expectedVersion?: number;
}

/** A batch shares one caller, correlation and time; Idempotency-Key and If-Match belong to single commands. */
export type BatchContext = Omit<CommandContext, 'idempotencyKey' | 'expectedVersion'>;

/** What became of one record of a batch: its version after the command, or the refusal that was its alone. */
export type BatchItemResult =
  | (CommandResult & { readonly status: 'done' })
  | { readonly id: string; readonly status: 'refused'; readonly error: DomainError | ConcurrencyError };

export interface Aggregate<C, S, E extends DomainEvent> extends AggregateConfig<C, S, E> {
  streamId(id: string): string;
  /** The bus message that runs `command` on record `id` through this aggregate's command path. */
  command(id: string, command: C, ctx: CommandContext): AggregateCommand<C>;
  /**
   * The same command as a reaction sends it: `step` names the effect on this record (see Reaction); `reason` is
   * recorded in the events' metadata, as a request body's `reason` is.
   */
  send(id: string, command: C, step: string, reason?: string): Send;
  /** The aggregate's one command handler: list it in the module's providers. */
  readonly handler: Type<ICommandHandler<AggregateCommand<C>, CommandResult>>;
  /**
   * The same command path for many records at once (`PostgresEventStore.handleMany`): their streams read in one
   * query, each decided by the same decider with the batch's metadata and time, all appended in one transaction. A
   * record refused by its rules or changed since its `expectedVersion` (also between the read and the append) is an
   * outcome, not a failure of the batch; anything else fails the whole batch, and nothing of it is recorded.
   */
  executeMany(store: PostgresEventStore, items: readonly BatchItem<C>[], ctx: BatchContext): Promise<BatchItemResult[]>;
  /** The record's state now, or as the register knew it at `asOf`; `notFound` when there was no such record. */
  load(store: PostgresEventStore, id: string, asOf?: Date): Promise<{ state: S; version: number }>;
}

/**
 * The one command path of an aggregate (Eventuous' command service): load the stream (from a snapshot), decide with
 * the time passed in, append at the version read — or at If-Match's, refusing a stale one — under the request's
 * Idempotency-Key, and answer `{ id, version }`. A use case adds only its DTO, its route and its domain command.
 */
export function defineAggregate<C, S, E extends DomainEvent>(config: AggregateConfig<C, S, E>): Aggregate<C, S, E> {
  const { streamType, streamId } = config.catalogue;

  // @nestjs/cqrs routes by message class: each aggregate gets its own, named for logs and errors.
  class Execute extends Command<CommandResult> implements AggregateCommand<C> {
    constructor(
      readonly id: string,
      readonly command: C,
      readonly ctx: CommandContext,
    ) {
      super();
    }
  }
  Object.defineProperty(Execute, 'name', { value: `Execute${pascal(streamType)}Command` });

  @Injectable()
  @CommandHandler(Execute)
  class Handler implements ICommandHandler<Execute, CommandResult> {
    constructor(@Inject(PostgresEventStore) private readonly store: PostgresEventStore) {}

    async execute({ id, command, ctx }: Execute): Promise<CommandResult> {
      const result = await this.store.handle(config.decider, streamId(id), command, {
        ...(ctx.expectedVersion !== undefined ? { expectedVersion: ctx.expectedVersion } : {}),
        ...(ctx.idempotencyKey ? { idempotencyKey: ctx.idempotencyKey } : {}),
        ...(config.snapshotKey ? { snapshotKey: config.snapshotKey } : {}),
        metadata: ctx.metadata,
        now: ctx.now,
      });
      return { id, version: result.nextExpectedVersion };
    }
  }
  Object.defineProperty(Handler, 'name', { value: `${pascal(streamType)}CommandHandler` });

  return {
    ...config,
    streamId,
    command: (id, command, ctx) => new Execute(id, command, ctx),
    send: (id, command, step, reason) => ({
      streamId: streamId(id),
      step,
      ...(reason ? { reason } : {}),
      message: (ctx) => new Execute(id, command, ctx),
    }),
    handler: Handler,
    async executeMany(store, items, ctx) {
      const outcomes = await store.handleMany(
        config.decider,
        items.map(({ id, command, expectedVersion }) => ({
          streamId: streamId(id),
          command,
          ...(expectedVersion !== undefined ? { expectedVersion } : {}),
        })),
        { metadata: ctx.metadata, now: ctx.now },
      );
      return outcomes.map((outcome, index): BatchItemResult => {
        const { id } = items[index];
        return outcome.status === 'handled'
          ? { id, status: 'done', version: outcome.result.nextExpectedVersion }
          : { id, status: 'refused', error: outcome.error };
      });
    },
    async load(store, id, asOf) {
      const loaded = await store.load(config.decider, streamId(id), asOf ? { asOf } : {});
      if (loaded.version === 0) throw config.notFound();
      return loaded;
    },
  };
}

function pascal(name: string): string {
  return name.replace(/(^|[-_])(\w)/g, (_m, _sep: string, ch: string) => ch.toUpperCase());
}
