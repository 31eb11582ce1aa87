import { EventEnvelope, ServiceName } from '@muster/contracts';
import { CatchUpProjection, SqlTransaction } from '@muster/event-store';
import { EventHandler } from '@muster/messaging';
import { ServiceDefinition } from '../service-definition';
import { IntegrationReaction, OwnReaction } from './reaction';
import { ReactionRunner } from './reaction-runner';

/** Events per checkpoint transaction of an own-event reaction: its commands run while that transaction is open. */
export const REACTION_BATCH = 20;

export const ownReactions = (definition: ServiceDefinition): OwnReaction[] =>
  (definition.reactions ?? []).filter((r): r is OwnReaction => r.kind === 'own');

export const integrationReactions = (definition: ServiceDefinition): IntegrationReaction[] =>
  (definition.reactions ?? []).filter((r): r is IntegrationReaction => r.kind === 'integration');

/** The services whose topics this one consumes: for its read models, its reactions and the centres it knows. */
export const consumedSources = (definition: ServiceDefinition): ServiceName[] => [
  ...new Set([
    ...(definition.consumes?.from ?? []),
    ...integrationReactions(definition).map((r) => r.source),
    ...(definition.knowsCentres ? (['centres'] as const) : []),
  ]),
];

/**
 * An own-event reaction follows the store like a catch-up read model: its checkpoint commits only after the batch's
 * commands were sent, so a crash in between replays them, and their idempotency keys make the replay a no-op.
 */
export function followOwnEvents(reaction: OwnReaction, runner: ReactionRunner): CatchUpProjection {
  return {
    name: `reaction-${reaction.name}`,
    handles: reaction.types,
    applyAll: async (events) => {
      for (const event of events) await runner.send(reaction, event, reaction.plan(event));
    },
    // Never rebuilt: replaying a process would only find its effects done.
    reset: async () => undefined,
  };
}

/**
 * The consumer's handlers: the service's read-model handlers, then the reactions to the same type. A reaction's
 * commands commit on their own (not in the inbox transaction, which must stay short); a redelivery of the event
 * replays them under the same idempotency keys.
 */
export function consumerHandlers(
  handlers: Readonly<Record<string, EventHandler>>,
  reactions: readonly IntegrationReaction[],
  runner: ReactionRunner,
): Record<string, EventHandler> {
  const all: Record<string, EventHandler> = { ...handlers };
  for (const reaction of reactions) {
    const react = async (envelope: EventEnvelope): Promise<void> => {
      const plan = reaction.plan(envelope);
      // Retried, then dead-lettered by the consumer, so the event is kept for whoever fixes the producer.
      if (typeof plan === 'string') throw new Error(`${envelope.type} ${envelope.id} breaks its contract: ${plan}`);
      await runner.send(reaction, envelope, plan);
    };
    for (const type of reaction.types) {
      const before = all[type];
      all[type] = before
        ? async (envelope: EventEnvelope, tx: SqlTransaction) => {
            await before(envelope, tx);
            await react(envelope);
          }
        : react;
    }
  }
  return all;
}
