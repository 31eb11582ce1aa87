import { randomUUID } from 'node:crypto';
import { deterministicUuid } from '@muster/event-sourcing';
import { CommandContext } from './command-context';

/**
 * The id of a record a command creates. With an Idempotency-Key it is derived from the caller and the key, so a
 * retried request lands on the same record and the store answers it as the first time; without one it is random.
 */
export function newRecordId(kind: string, ctx: CommandContext): string {
  return ctx.idempotencyKey ? deterministicUuid(kind, ctx.user.id, ctx.idempotencyKey) : randomUUID();
}
