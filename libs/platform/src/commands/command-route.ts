import { applyDecorators, Controller, HttpCode, Post, Put, Type, UseInterceptors } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtension,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Role, Roles } from '@muster/auth';
import { CommandResult, VersionETagInterceptor } from './command-result';

/** The controller of one aggregate's use cases: its path and OpenAPI tag; versions are echoed as ETag. */
export const RecordController = (path: string, tag: string): ClassDecorator =>
  applyDecorators(ApiTags(tag), Controller(path), UseInterceptors(VersionETagInterceptor));

/** The OpenAPI extension that marks a write route that is not one record's command (see `NotARecordCommand`). */
export const NOT_A_RECORD_COMMAND = 'x-muster-not-a-record-command';

/**
 * A POST that is not a command on one record, so If-Match and Idempotency-Key mean nothing to it: a query sent as
 * POST (a name kept out of URLs) or a batch over many records (each recorded through its own command path).
 */
export const NotARecordCommand = (kind: 'query' | 'batch'): MethodDecorator & ClassDecorator =>
  ApiExtension(NOT_A_RECORD_COMMAND, kind);

export interface CommandRouteOptions {
  readonly summary: string;
  readonly roles: readonly Role[];
  /** POST (default) or PUT, for a command that replaces a part of the record. */
  readonly method?: 'POST' | 'PUT';
  /** The command creates the record: 201 instead of 200. */
  readonly creates?: boolean;
  /** An answer richer than `{ id, version }`. */
  readonly response?: Type<CommandResult>;
}

/**
 * A command route, documented the same way everywhere: who may send it, the If-Match / Idempotency-Key contract
 * and the answers (the new version, or a refusal with a stable code).
 */
export function CommandRoute(path: string, options: CommandRouteOptions): MethodDecorator {
  const { summary, roles, method = 'POST', creates = false, response = CommandResult } = options;
  return applyDecorators(
    method === 'PUT' ? Put(path) : Post(path),
    HttpCode(creates ? 201 : 200),
    Roles(...roles),
    ApiOperation({ summary }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since.',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        '1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new.',
    }),
    creates ? ApiCreatedResponse({ type: response }) : ApiOkResponse({ type: response }),
    ApiNotFoundResponse({ description: 'No such record, or not in your scope' }),
    ApiConflictResponse({ description: 'The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT' }),
    ApiUnprocessableEntityResponse({ description: 'A business rule refuses it (stable code)' }),
  );
}
