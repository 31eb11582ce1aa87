import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { isRole } from '@muster/contracts';
import { DomainError } from '@muster/event-sourcing';
import { SqlTransaction } from '@muster/event-store';
import { CommandContext } from '../commands/command-context';
import { RefusalPolicy, Send, Trigger } from './reaction';

/**
 * Sends a reaction's commands for one triggering event, one after another, each under the idempotency key
 * `reaction:<name>:<event id>:<target stream>:<step>` (keys are store-wide) and on the triggering actor's authority (causation = the event). Run again for
 * the same event — after a crash, a redelivery, a replay — every effect already made answers as the first time and
 * nothing is done twice.
 */
export class ReactionRunner {
  private readonly logger = new Logger('Reactions');

  constructor(
    private readonly bus: CommandBus,
    private readonly sql: SqlTransaction,
  ) {}

  async send(
    reaction: { readonly name: string; readonly onRefusal: RefusalPolicy },
    trigger: Trigger,
    sends: readonly Send[],
  ): Promise<void> {
    for (const send of sends) {
      try {
        await this.bus.execute(send.message(reactionContext(reaction.name, trigger, send)));
      } catch (error) {
        if (!(error instanceof DomainError) || reaction.onRefusal === 'retry') throw error;
        await this.recordRefusal(reaction.name, trigger, send, error);
      }
    }
  }

  private async recordRefusal(reaction: string, trigger: Trigger, send: Send, error: DomainError): Promise<void> {
    this.logger.warn(
      `${reaction}: ${trigger.type} ${trigger.id} → ${send.streamId} ${send.step} refused (${error.code})`,
    );
    await this.sql.query(
      `INSERT INTO reaction_refusals (reaction, event_id, event_type, stream_id, step, code, message)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [reaction, trigger.id, trigger.type, send.streamId, send.step, error.code, error.message],
    );
  }
}

function reactionContext(reaction: string, trigger: Trigger, send: Send): CommandContext {
  const { actorId, actorRoles, correlationId } = trigger.metadata;
  return {
    user: {
      id: actorId,
      name: `reaction ${reaction}`,
      roles: actorRoles.filter(isRole),
      centres: [],
      scope: { kind: 'all' },
    },
    metadata: {
      actorId,
      actorRoles: [...actorRoles],
      correlationId,
      causationId: trigger.id,
      ...(send.reason ? { reason: send.reason } : {}),
    },
    idempotencyKey: `reaction:${reaction}:${trigger.id}:${send.streamId}:${send.step}`,
    now: new Date(),
  };
}
