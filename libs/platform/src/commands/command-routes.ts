import { Body, Inject, Param, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { Role } from '@muster/auth';
import { DomainEvent } from '@muster/event-sourcing';
import { Aggregate } from './aggregate';
import { CommandContext, CommandCtx, withoutReason } from './command-context';
import { RecordController, CommandRoute } from './command-route';
import { CommandResult } from './command-result';
import { newRecordId } from './record-id';

/** How an aggregate's records appear over HTTP: `/<path>/:<id param>/…`, who may send commands by default. */
export interface RecordHttp<P extends object, T = undefined> {
  readonly path: string;
  readonly tag: string;
  /** The route parameters that name a record, validated like a body (e.g. `{ memberId }` must be a UUID). */
  readonly params: Type<P>;
  readonly idOf: (params: P) => string;
  readonly roles: readonly Role[];
  /**
   * A provider the mappings need for application work before the command path (sealing a person's text with their
   * key, say): given to each mapping as its last argument.
   */
  readonly tools?: Type<T>;
  /**
   * false where a request's `reason` is text about a person, kept (sealed) in the event itself: it is then not copied
   * in clear into the events' metadata.
   */
  readonly reasonInMetadata?: boolean;
}

export interface UseCaseRoute<D, C, Q, T = undefined> {
  readonly summary: string;
  readonly body: Type<D>;
  /** The one mapping line: the request as a domain command. */
  readonly command: (dto: D, params: Q, ctx: CommandContext, tools: T) => C | Promise<C>;
  readonly roles?: readonly Role[];
  readonly method?: 'POST' | 'PUT';
}

export interface CommandRoutes<C, P extends object, T = undefined> {
  /** A command on an existing record: `<method> /<path>/<route>`, answered `{ id, version }` with its ETag. */
  command<D>(route: string, useCase: UseCaseRoute<D, C, P, T>): Type<unknown>;
  /** The same with route parameters of its own (which include the record's). */
  commandWith<Q extends P, D>(route: string, params: Type<Q>, useCase: UseCaseRoute<D, C, Q, T>): Type<unknown>;
  /**
   * A command that creates a record under a new id: `POST /<path>`, 201. A retry with the same Idempotency-Key
   * lands on the same id (`kind` names the record kind in that derivation), so it answers as the first time.
   */
  create<D>(kind: string, useCase: UseCaseRoute<D, C, { readonly id: string }, T>): Type<unknown>;
}

/**
 * Controllers for an aggregate's use cases, each made from its DTO, its route and its mapping to a domain command —
 * sent on the command bus to the aggregate's one command path. Application work before it (sealing a person's text,
 * say) is the mapping's, with the provider `tools` names; work that shapes the answer too (sealing an identity) writes
 * its controller by hand and sends `aggregate.command(…)` the same way.
 */
export function commandRoutes<C, P extends object, T = undefined>(
  aggregate: Aggregate<C, unknown, DomainEvent>,
  http: RecordHttp<P, T>,
): CommandRoutes<C, P, T> {
  const toolsOf = (modules: ModuleRef): T => (http.tools ? modules.get(http.tools, { strict: false }) : undefined) as T;
  const contextOf = (ctx: CommandContext): CommandContext =>
    http.reasonInMetadata === false ? withoutReason(ctx) : ctx;

  function controller<Q extends P, D>(
    route: string,
    params: Type<Q>,
    useCase: UseCaseRoute<D, C, Q, T>,
  ): Type<unknown> {
    @RecordController(http.path, http.tag)
    class UseCaseController {
      constructor(
        @Inject(CommandBus) private readonly bus: CommandBus,
        @Inject(ModuleRef) private readonly modules: ModuleRef,
      ) {}

      /** Looked up on the first request, not on every one (this app's own provider). */
      private tools: T | undefined;

      @CommandRoute(route, { summary: useCase.summary, roles: useCase.roles ?? http.roles, method: useCase.method })
      async handle(@Param() q: Q, @Body() dto: D, @CommandCtx() request: CommandContext): Promise<CommandResult> {
        const ctx = contextOf(request);
        const command = await useCase.command(dto, q, ctx, (this.tools ??= toolsOf(this.modules)));
        return this.bus.execute(aggregate.command(http.idOf(q), command, ctx));
      }
    }
    return named(UseCaseController, params, useCase.body);
  }

  return {
    command: (route, useCase) => controller(route, http.params, useCase),
    commandWith: (route, params, useCase) => controller(route, params, useCase),
    create<D>(kind: string, useCase: UseCaseRoute<D, C, { readonly id: string }, T>): Type<unknown> {
      @RecordController(http.path, http.tag)
      class CreateController {
        constructor(
          @Inject(CommandBus) private readonly bus: CommandBus,
          @Inject(ModuleRef) private readonly modules: ModuleRef,
        ) {}

        private tools: T | undefined;

        @CommandRoute('', { summary: useCase.summary, roles: useCase.roles ?? http.roles, creates: true })
        async handle(@Body() dto: D, @CommandCtx() request: CommandContext): Promise<CommandResult> {
          const ctx = contextOf(request);
          const id = newRecordId(kind, ctx);
          const command = await useCase.command(dto, { id }, ctx, (this.tools ??= toolsOf(this.modules)));
          return this.bus.execute(aggregate.command(id, command, ctx));
        }
      }
      return named(CreateController, undefined, useCase.body);
    },
  };
}

/**
 * Tells validation and OpenAPI what the parameters and body are (generic parameters erase to Object), and gives the
 * class a readable name for logs and the route table.
 */
function named(controller: Type<unknown>, params: Type<unknown> | undefined, body: Type<unknown>) {
  const types = params ? [params, body, Object] : [body, Object];
  Reflect.defineMetadata('design:paramtypes', types, controller.prototype, 'handle');
  const name = `${body.name.replace(/Dto$/, '')}Controller`;
  Object.defineProperty(controller, 'name', { value: name });
  return controller;
}
