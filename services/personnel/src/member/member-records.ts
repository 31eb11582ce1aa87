import { Injectable } from '@nestjs/common';
import { PostgresEventStore } from '@muster/event-store';
import { CommandContext } from '@muster/platform';
import { CommandResult, commandResult } from '../shared/command-result';
import { memberStreamId } from '../shared/streams';
import { Actor, MemberCommand } from './domain/member.commands';
import { MemberState, memberDecider } from './domain/member.decider';
import { MemberErrors } from './domain/member.errors';

/** Names the member decider's state shape for snapshots: bump it whenever evolve or MemberState changes. */
export const MEMBER_SNAPSHOT_KEY = 'member@1';

export const actorOf = (ctx: CommandContext): Actor => ({ id: ctx.user.id, roles: ctx.user.roles });

/** The one way the application layer changes a member: load, decide, append (with If-Match and Idempotency-Key). */
@Injectable()
export class MemberRecords {
  constructor(private readonly store: PostgresEventStore) {}

  async handle(
    memberId: string,
    command: MemberCommand,
    ctx: CommandContext,
    options: { idempotencyKey?: string } = {},
  ): Promise<CommandResult> {
    const idempotencyKey = options.idempotencyKey ?? ctx.idempotencyKey;
    const result = await this.store.handle(memberDecider, memberStreamId(memberId), command, {
      ...(ctx.expectedVersion !== undefined ? { expectedVersion: ctx.expectedVersion } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
      metadata: ctx.metadata,
      now: ctx.now,
      snapshotKey: MEMBER_SNAPSHOT_KEY,
    });
    return commandResult(memberId, result.nextExpectedVersion);
  }

  /** The member's state as the register knew it at `asOf`; MEMBER_NOT_FOUND when there was no such member. */
  async load(memberId: string, asOf: Date): Promise<{ state: MemberState; version: number }> {
    const loaded = await this.store.load(memberDecider, memberStreamId(memberId), { asOf });
    if (loaded.version === 0) throw MemberErrors.notFound();
    return loaded;
  }
}
