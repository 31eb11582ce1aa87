import { AggregateNames } from '../names';

export interface AggregateHttp {
  /** The records' HTTP path, e.g. `centres`. */
  readonly plural: string;
  readonly roles: readonly string[];
}

/**
 * A new aggregate's files by path under its folder, in the shape of personnel's crew intake. With no use case yet its
 * unions are `never`: evolve and decide switch on the value itself and leave the state unread (`_state`) until the
 * use-case generator adds their first case (see fitSwitch there).
 */
export function aggregateFiles(a: AggregateNames, http: AggregateHttp): Record<string, string> {
  return {
    [`domain/${a.file}.events.ts`]: events(a),
    [`domain/${a.file}.commands.ts`]: commands(a),
    [`domain/${a.file}.state.ts`]: state(a),
    [`domain/${a.file}.decider.ts`]: decider(a),
    [`domain/${a.file}.errors.ts`]: errors(a),
    [`domain/${a.file}.catalogue.ts`]: catalogue(a),
    [`domain/decisions/spec-support.ts`]: specSupport(a),
    [`${a.file}.aggregate.ts`]: aggregate(a),
    [`${a.file}.routes.ts`]: routes(a, http),
    [`${a.file}.module.ts`]: featureModule(a),
  };
}

const events = (
  a: AggregateNames,
) => `// A ${a.words}'s events, each \`{ type, data }\`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (${a.file}.catalogue.ts), never an edit.

/** Every event of a ${a.words}'s stream: each use case adds its own. */
export type ${a.className}Event = never;
`;

const commands = (a: AggregateNames) => `/** Every command a ${a.words} takes: each use case adds its own. */
export type ${a.className}Command = never;
`;

const state = (
  a: AggregateNames,
) => `// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules of a ${a.words} need to know of its past: plain JSON, folded from its events by evolve. */
export interface ${a.className}State {
  /** null until the event that creates the ${a.words}. */
  readonly ${a.idField}: string | null;
}

export const initial${a.className}State: ${a.className}State = { ${a.idField}: null };
`;

const decider = (a: AggregateNames) => `import { Decider, unreachable } from '@muster/event-sourcing';
import { ${a.className}Command } from './${a.file}.commands';
import { ${a.className}Event } from './${a.file}.events';
import { ${a.className}State, initial${a.className}State } from './${a.file}.state';

/** One case per event type: a type without its case fails to compile. */
function evolve(_state: ${a.className}State, event: ${a.className}Event): ${a.className}State {
  switch (event) {
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: ${a.className}Command, _state: ${a.className}State): ${a.className}Event[] {
  switch (command) {
    default:
      return unreachable(command);
  }
}

export const ${a.property}Decider: Decider<${a.className}Command, ${a.className}State, ${a.className}Event> = {
  initialState: initial${a.className}State,
  evolve,
  decide,
};
`;

const errors = (a: AggregateNames) => `import { DomainError } from '@muster/event-sourcing';

/** A ${a.words}'s refusals: each code is stable (clients switch on it), each message is for a person. */
export const ${a.className}Errors = {
  notFound: () => new DomainError('${a.constant}_NOT_FOUND', 'No ${a.words} is recorded under this id', 'not-found'),
} as const;
`;

const catalogue = (a: AggregateNames) => `import { defineEventCatalogue } from '@muster/event-sourcing';
import { ${a.className}Event } from './${a.file}.events';

/** A ${a.words}'s stream: every event type it holds and the schema version it is written with. */
export const ${a.property}Catalogue = defineEventCatalogue<${a.className}Event>({
  streamType: '${a.streamType}',
  schemaVersions: {},
  upcasters: [],
});
`;

const specSupport = (
  a: AggregateNames,
) => `// Fixtures shared by the ${a.words} decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { ${a.property}Decider } from '../${a.file}.decider';

export const spec = deciderSpec(${a.property}Decider);
`;

const aggregate = (a: AggregateNames) => `import { defineAggregate } from '@muster/platform';
import { ${a.property}Catalogue } from './domain/${a.file}.catalogue';
import { ${a.property}Decider } from './domain/${a.file}.decider';
import { ${a.className}Errors } from './domain/${a.file}.errors';

/** The ${a.words}'s one command path. */
export const ${a.property}Aggregate = defineAggregate({
  catalogue: ${a.property}Catalogue,
  decider: ${a.property}Decider,
  notFound: ${a.className}Errors.notFound,
});
`;

const routes = (a: AggregateNames, http: AggregateHttp) => {
  const tag = http.plural.replace(/-/g, ' ');
  return `import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { ${a.property}Aggregate } from './${a.file}.aggregate';

export class ${a.className}IdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '${a.idField} must be a UUID' })
  ${a.idField}!: string;
}

/**
 * ${a.className} use cases: \`POST /${http.plural}\` creates one, \`POST /${http.plural}/:${a.idField}/<route>\` changes one.
 * Sent by ${http.roles.join(', ')} unless a use case says otherwise.
 */
export const ${a.property}Routes = commandRoutes(${a.property}Aggregate, {
  path: '${http.plural}',
  tag: '${tag}',
  params: ${a.className}IdParam,
  idOf: (p) => p.${a.idField},
  roles: [${http.roles.map((r) => `'${r}'`).join(', ')}],
});

/** A controller of ${a.words} reads under /${http.plural} (versions echoed as ETag). */
export const ${a.className}Controller = (): ClassDecorator => RecordController('${http.plural}', '${tag}');
`;
};

const featureModule = (a: AggregateNames) => `import { Module } from '@nestjs/common';
import { ${a.property}Aggregate } from './${a.file}.aggregate';

@Module({
  controllers: [
    // Use cases: one line each.
  ],
  providers: [${a.property}Aggregate.handler],
})
export class ${a.className}Module {}
`;
