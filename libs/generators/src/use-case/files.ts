import { AggregateNames, Names } from '../names';

/** The one field a new use case carries from request to event, to be replaced by its real ones. */
const PLACEHOLDER_FIELD = 'note';

export interface UseCase {
  readonly aggregate: AggregateNames;
  readonly names: Names;
  /** The event it records, e.g. `CentreRegistered`. */
  readonly event: string;
  /** How it is reached: `create` (POST /<plural>, a new id) or a route under `:<aggregate>Id/`. */
  readonly route: { readonly creates: true } | { readonly creates: false; readonly path: string };
  /** The refusal of a second creation, for a use case that creates the record. */
  readonly alreadyCreated: RefusalOfRepeat | null;
}

export interface RefusalOfRepeat {
  /** The key in the aggregate's errors catalogue, e.g. `alreadyRegistered`. */
  readonly key: string;
  readonly code: string;
  readonly message: string;
  /** What the event says happened, in words: `registered`. */
  readonly verb: string;
}

/** The use case's own files, by path under the aggregate's folder. */
export function useCaseFiles(u: UseCase): Record<string, string> {
  const n = u.names;
  return {
    [`commands/${n.file}/${n.file}.ts`]: useCaseRoute(u),
    [`domain/decisions/${n.file}.ts`]: decision(u),
    [`domain/decisions/${n.file}.spec.ts`]: decisionSpec(u),
  };
}

/** The command's fields beyond its type: the new record's id when it creates one, then the placeholder. */
function fields(u: UseCase): string[] {
  return [...(u.route.creates ? [u.aggregate.idField] : []), PLACEHOLDER_FIELD];
}

export const commandType = (u: UseCase): string =>
  `export type ${u.names.className} = { type: '${u.names.className}'; ${fields(u)
    .map((f) => `${f}: string;`)
    .join(' ')} };`;

export const eventType = (u: UseCase): string =>
  `export type ${u.event} = { type: '${u.event}'; data: { ${fields(u)
    .map((f) => `${f}: string;`)
    .join(' ')} } };`;

export const evolveCase = (u: UseCase): string =>
  u.route.creates
    ? `case '${u.event}':\n return { ...state, ${u.aggregate.idField}: event.data.${u.aggregate.idField} };`
    : `case '${u.event}':\n return state;`;

export const decideCase = (u: UseCase): string =>
  `case '${u.names.className}':\n return ${u.names.property}(command, state);`;

function useCaseRoute(u: UseCase): string {
  const { aggregate: a, names: n } = u;
  const summary = n.words.charAt(0).toUpperCase() + n.words.slice(1);
  const mapping = u.route.creates
    ? `(dto, { id }) => ({ type: '${n.className}', ${a.idField}: id, ...dto })`
    : `(dto) => ({ type: '${n.className}', ...dto })`;
  const route = u.route.creates
    ? `${a.property}Routes.create('${a.file}', {`
    : `${a.property}Routes.command(':${a.idField}/${u.route.path}', {`;
  return `import { Text } from '@muster/platform';
import { ${a.property}Routes } from '../../${a.file}.routes';

/** The request, validated before anything runs (unknown fields are refused): the mapping below makes it the command. */
export class ${n.className}Dto {
  @Text(500, { example: 'As the person sending it writes it' }) ${PLACEHOLDER_FIELD}!: string;
}

export const ${n.className}Route = ${route}
  summary: '${summary}',
  body: ${n.className}Dto,
  command: ${mapping},
});
`;
}

function decision(u: UseCase): string {
  const { aggregate: a, names: n } = u;
  const data = fields(u).map((f) => `${f}: command.${f}`);
  const [rule, guard] = u.alreadyCreated
    ? [
        `a ${a.words} is ${u.alreadyCreated.verb} once`,
        `if (state.${a.idField} !== null) throw E.${u.alreadyCreated.key}();`,
      ]
    : [`only for a ${a.words} on record`, `if (state.${a.idField} === null) throw E.notFound();`];
  return `import { ${n.className} } from '../${a.file}.commands';
import { ${a.className}Errors as E } from '../${a.file}.errors';
import { ${u.event} } from '../${a.file}.events';
import { ${a.className}State } from '../${a.file}.state';

/** ${n.className}: ${rule}. */
export function ${n.property}(command: ${n.className}, state: ${a.className}State): ${u.event}[] {
  ${guard}
  return [{ type: '${u.event}', data: { ${data.join(', ')} } }];
}
`;
}

function decisionSpec(u: UseCase): string {
  const { aggregate: a, names: n } = u;
  const id = `'${a.file}-1'`;
  const command = `{ type: '${n.className}', ${u.route.creates ? `${a.idField}: ${id}, ` : ''}${PLACEHOLDER_FIELD}: 'Noted' }`;
  const event = `{ type: '${u.event}', data: { ${u.route.creates ? `${a.idField}: ${id}, ` : ''}${PLACEHOLDER_FIELD}: 'Noted' } }`;
  const recorded = u.event.charAt(0).toLowerCase() + u.event.slice(1);
  const cases = u.alreadyCreated
    ? `  it('records ${u.event}', () => {
    spec.given([]).when(command).then([${recorded}]);
  });
  it('refuses a second time', () => {
    spec.given([${recorded}]).when(command).thenThrows('${u.alreadyCreated.code}');
  });`
    : `  it('refuses a ${a.words} that was never recorded', () => {
    spec.given([]).when(command).thenThrows('${a.constant}_NOT_FOUND');
  });`;
  return `import { ${n.className} } from '../${a.file}.commands';
${u.alreadyCreated ? `import { ${u.event} } from '../${a.file}.events';\n` : ''}import { spec } from './spec-support';

const command: ${n.className} = ${command};
${u.alreadyCreated ? `const ${recorded}: ${u.event} = ${event};\n` : ''}
describe('${n.className}', () => {
${cases}
});
`;
}
