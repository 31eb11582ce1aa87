import { EventEnvelope, ServiceName } from '@muster/contracts';
import {
  DomainEvent,
  EventCatalogue,
  EventMetadata,
  EventOfType,
  RecordedEvent,
  RecordedOf,
} from '@muster/event-sourcing';
import { AggregateCommand } from '../commands/aggregate';
import { CommandContext } from '../commands/command-context';

/**
 * What a reaction does when a command it sends is refused by the target's rules (a DomainError):
 * - `skip`: record the refusal (table `reaction_refusals`, and the log) and go on with the next command — for effects
 *   that may rightly no longer apply (a member who already left cannot be moved with a base);
 * - `retry`: the refusal is taken as temporary; own events are retried with backoff, other services' events are
 *   retried and then dead-lettered by the consumer.
 * Any other failure (database, broker) is always retried.
 */
export type RefusalPolicy = 'skip' | 'retry';

/** What a reaction needs of the event that set it off, from the store (RecordedEvent) or from Kafka (envelope). */
export interface Trigger {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly metadata: Pick<EventMetadata, 'actorId' | 'actorRoles' | 'correlationId'>;
}

/**
 * One command a reaction sends (made by `aggregate.send`). `step` names the effect on its target record; with the
 * triggering event's id and the target stream it makes the idempotency key, so a replay after a crash finds each
 * effect done once.
 */
export interface Send {
  readonly streamId: string;
  readonly step: string;
  readonly reason?: string;
  message(ctx: CommandContext): AggregateCommand<unknown>;
}

interface ReactionBase {
  readonly name: string;
  readonly types: readonly string[];
  readonly onRefusal: RefusalPolicy;
}

/** Follows this service's own events on the catch-up runner. */
export interface OwnReaction extends ReactionBase {
  readonly kind: 'own';
  plan(event: RecordedEvent): readonly Send[];
}

/** Follows another service's topic on the Kafka consumer. */
export interface IntegrationReaction extends ReactionBase {
  readonly kind: 'integration';
  readonly source: ServiceName;
  /** The commands, or why the event's data breaks its contract (then it is dead-lettered). */
  plan(envelope: EventEnvelope): readonly Send[] | string;
}

/** "On these events, send these commands": declared once, run by the platform, crash-safe and exactly once. */
export type Reaction = OwnReaction | IntegrationReaction;

/** A reaction to this service's own events of one stream type, typed through its catalogue. */
export function reactToOwnEvents<E extends DomainEvent, K extends E['type']>(
  catalogue: EventCatalogue<E>,
  spec: {
    readonly name: string;
    readonly on: readonly K[];
    readonly onRefusal: RefusalPolicy;
    readonly send: (event: RecordedOf<EventOfType<E, K>>) => readonly Send[];
  },
): OwnReaction {
  return {
    kind: 'own',
    name: spec.name,
    types: spec.on,
    onRefusal: spec.onRefusal,
    plan: (recorded) => {
      const event = catalogue.narrow(recorded, spec.on);
      return event ? spec.send(event) : [];
    },
  };
}

/** The part of an integration contract (`@muster/contracts`) a reaction uses: its type, source and runtime check. */
export interface ConsumedContract<Data> {
  readonly type: string;
  readonly source: ServiceName;
  parse(value: unknown): Data | undefined;
  problems(value: unknown): readonly string[];
}

/** A reaction to another service's integration event, its data checked against the contract first. */
export function reactToIntegrationEvent<Data>(
  contract: ConsumedContract<Data>,
  spec: {
    readonly name: string;
    readonly onRefusal: RefusalPolicy;
    readonly send: (data: Data, trigger: Trigger) => readonly Send[];
  },
): IntegrationReaction {
  return {
    kind: 'integration',
    name: spec.name,
    source: contract.source,
    types: [contract.type],
    onRefusal: spec.onRefusal,
    plan: (envelope) => {
      const data = contract.parse(envelope.data);
      return data === undefined ? contract.problems(envelope.data).join('; ') : spec.send(data, envelope);
    },
  };
}
