import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError, DomainErrorKind } from '@muster/event-sourcing';
import { ConcurrencyError, IdempotencyConflict } from '@muster/event-store';
import { ApiErrorBody, apiError, defaultCodeFor } from './api-error';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = { conflict: 409, 'not-found': 404, rule: 422, forbidden: 403 };

/**
 * A unique constraint of a read model kept in the append's transaction (an inline projection: say, a course code)
 * refused the append because another request recorded the same thing at the same moment: nothing was written.
 */
function isUniqueViolation(exception: unknown): boolean {
  const error = exception as { code?: unknown; driverError?: { code?: unknown } } | null;
  return error?.code === '23505' || error?.driverError?.code === '23505';
}

function fromHttpException(exception: HttpException): ApiErrorBody {
  const status = exception.getStatus();
  if (exception instanceof ThrottlerException) {
    return apiError(status, 'RATE_LIMITED', 'Too many requests: wait a moment and try again');
  }
  const response = exception.getResponse();
  const body = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  const message = typeof body['message'] === 'string' ? body['message'] : exception.message;
  const code = typeof body['code'] === 'string' ? body['code'] : defaultCodeFor(status);
  const details =
    typeof body['details'] === 'object' && body['details'] !== null ? (body['details'] as Record<string, unknown>) : {};
  return apiError(status, code, message, details);
}

/** Turns every failure into `{ statusCode, code, message, details }`; only the unexpected becomes a 500, and is logged. */
export function toApiError(exception: unknown, logger: Pick<Logger, 'error'>): ApiErrorBody {
  if (exception instanceof DomainError) {
    return apiError(STATUS_BY_KIND[exception.kind], exception.code, exception.message, { ...exception.details });
  }
  if (exception instanceof ConcurrencyError) {
    return apiError(409, 'CONCURRENCY_CONFLICT', 'Someone else changed this record first: reload it and try again', {
      streamId: exception.streamId,
      expectedVersion: exception.expectedVersion,
      currentVersion: exception.currentVersion,
    });
  }
  if (exception instanceof IdempotencyConflict) {
    return apiError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for another request');
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (isUniqueViolation(exception)) {
    return apiError(
      409,
      'SIMULTANEOUS_CHANGE',
      'Someone recorded the same thing at the same moment; nothing was written: reload and try again',
    );
  }
  // Unexpected: log the error class and stack, never request data.
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : 'non-error thrown');
  return apiError(500, 'INTERNAL_ERROR', 'Something went wrong on our side; it has been logged');
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = toApiError(exception, this.logger);
    host
      .switchToHttp()
      .getResponse<{ status(code: number): { json(body: unknown): void } }>()
      .status(body.statusCode)
      .json(body);
  }
}
