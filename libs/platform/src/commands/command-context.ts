import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthenticatedUser } from '@muster/auth';
import { EventMetadata } from '@muster/event-sourcing';

/** What every command carries beside its payload: who, in which business operation, retried or not, at which version. */
export interface CommandContext {
  readonly user: AuthenticatedUser;
  readonly metadata: EventMetadata;
  /** From the Idempotency-Key header: a retried request returns the first result and records nothing new. */
  readonly idempotencyKey?: string;
  /** From If-Match (a stream version): refuse with 409 if someone changed the record since it was read. */
  readonly expectedVersion?: number;
  readonly now: Date;
}

/**
 * The context without the request's `reason` in its metadata: for a use case whose reason is text about a person,
 * kept sealed in the event instead of in clear beside it.
 */
export function withoutReason(ctx: CommandContext): CommandContext {
  if (ctx.metadata.reason === undefined) return ctx;
  const { reason: _personal, ...metadata } = ctx.metadata;
  return { ...ctx, metadata };
}

const TOKEN = /^[A-Za-z0-9._:-]{1,100}$/;

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function checked(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !TOKEN.test(value)) {
    throw new BadRequestException({
      code: 'INVALID_HEADER',
      message: `${name} must be 1–100 letters, digits or . _ : -`,
    });
  }
  return value;
}

function commandContextOf(
  user: AuthenticatedUser,
  headers: Record<string, string | string[] | undefined>,
  requestId: string | undefined,
  reason?: string,
): CommandContext {
  const correlationId = checked('X-Correlation-Id', header(headers, 'x-correlation-id')) ?? requestId ?? randomUUID();
  const causationId = checked('X-Causation-Id', header(headers, 'x-causation-id'));
  const idempotencyKey = checked('Idempotency-Key', header(headers, 'idempotency-key'));
  const ifMatch = header(headers, 'if-match')?.replace(/^W\//, '').replace(/"/g, '');
  if (ifMatch !== undefined && !/^\d{1,9}$/.test(ifMatch)) {
    throw new BadRequestException({
      code: 'INVALID_HEADER',
      message: 'If-Match must be the record version you read, e.g. "3"',
    });
  }
  return {
    user,
    metadata: {
      actorId: user.id,
      actorRoles: user.roles,
      correlationId,
      ...(causationId ? { causationId } : {}),
      ...(idempotencyKey ? { commandId: idempotencyKey } : {}),
      ...(reason ? { reason } : {}),
    },
    // Scoped to the caller, so two people's keys can never collide or replay each other's results.
    ...(idempotencyKey ? { idempotencyKey: `${user.id}:${idempotencyKey}` } : {}),
    ...(ifMatch !== undefined ? { expectedVersion: Number(ifMatch) } : {}),
    now: new Date(),
  };
}

/**
 * `@CommandCtx() ctx: CommandContext` in a controller: the authenticated caller, correlation and causation ids,
 * Idempotency-Key, If-Match and the time, gathered the same way in every service.
 */
export const CommandCtx = createParamDecorator((_data: unknown, execution: ExecutionContext): CommandContext => {
  const request = execution.switchToHttp().getRequest<{
    user?: AuthenticatedUser;
    headers: Record<string, string | string[] | undefined>;
    id?: string;
    body?: { reason?: unknown };
  }>();
  if (!request.user) throw new Error('@CommandCtx() used on a public route');
  const reason = typeof request.body?.reason === 'string' ? request.body.reason : undefined;
  return commandContextOf(
    request.user,
    request.headers,
    typeof request.id === 'string' ? request.id : undefined,
    reason,
  );
});
