import { formatFiles, Tree } from '@nx/devkit';
import * as ts from 'typescript';
import { aggregateFolder, aggregateNamesOf, AggregateNames, kebabOption, namesOf, pascalOption } from '../names';
import { SourceFileEdits } from '../source-file-edits';
import { commandType, decideCase, eventType, evolveCase, RefusalOfRepeat, UseCase, useCaseFiles } from './files';

export interface UseCaseGeneratorOptions {
  readonly service: string;
  readonly aggregate: string;
  readonly name: string;
  readonly event: string;
  readonly creates?: boolean;
  readonly path?: string;
}

/**
 * Lays out a use case of an aggregate — `commands/<name>/<name>.ts` (DTO and route), `domain/decisions/<name>.ts`
 * (its rule) and its spec — and wires it in: the command and the event into their unions, a case into decide and
 * evolve, the event into the catalogue at schema version 1, the route into the module's controllers.
 */
export async function useCaseGenerator(tree: Tree, options: UseCaseGeneratorOptions): Promise<void> {
  const service = kebabOption('service', options.service);
  const aggregate = aggregateNamesOf(kebabOption('aggregate', options.aggregate));
  const names = namesOf(kebabOption('name', options.name));
  const event = pascalOption('event', options.event);
  if (event === names.className) throw new Error(`--event ${event} is the command's name: name what happened`);
  if (options.creates && options.path !== undefined) {
    throw new Error('--path names the route of a command on an existing record; a creating one is POST /<plural>');
  }
  const useCase: UseCase = {
    aggregate,
    names,
    event,
    route: options.creates
      ? { creates: true }
      : {
          creates: false,
          path: options.path === undefined ? routeOf(names.file, aggregate.file) : kebabOption('path', options.path),
        },
    alreadyCreated: options.creates ? refusalOfRepeat(aggregate, event) : null,
  };

  const folder = aggregateFolder(service, aggregate);
  const domain = `${folder}/domain/${aggregate.file}`;
  if (!tree.isFile(`${domain}.decider.ts`)) {
    throw new Error(`No aggregate ${aggregate.file} in ${service} (${domain}.decider.ts): run the aggregate generator`);
  }
  const files = Object.entries(useCaseFiles(useCase)).map(([path, content]) => [`${folder}/${path}`, content]);
  const existing = files.filter(([path]) => tree.exists(path)).map(([path]) => path);
  if (existing.length > 0) {
    throw new Error(`The use case ${names.file} of ${aggregate.file} already exists: ${existing.join(', ')}`);
  }
  if (unionHas(tree, `${domain}.commands.ts`, `${aggregate.className}Command`, names.className)) {
    throw new Error(`${aggregate.className}Command already has ${names.className}: choose another use case name`);
  }
  if (unionHas(tree, `${domain}.events.ts`, `${aggregate.className}Event`, event)) {
    throw new Error(`${event} is already an event of ${aggregate.file}: a use case records a new one`);
  }

  for (const [path, content] of files) tree.write(path, content);
  addToUnion(tree, `${domain}.commands.ts`, `${aggregate.className}Command`, names.className, commandType(useCase));
  addToUnion(tree, `${domain}.events.ts`, `${aggregate.className}Event`, event, eventType(useCase));
  addToDecider(tree, `${domain}.decider.ts`, useCase);
  addToCatalogue(tree, `${domain}.catalogue.ts`, useCase);
  addToModule(tree, `${folder}/${aggregate.file}.module.ts`, useCase);
  if (useCase.alreadyCreated) addRefusal(tree, `${domain}.errors.ts`, aggregate, useCase.alreadyCreated);
  await formatFiles(tree);
}

/** The route of a command on an existing record: the use case without the aggregate's words (`suspend-member` → `suspend`). */
function routeOf(useCase: string, aggregate: string): string {
  const rest = `-${useCase}-`.replace(`-${aggregate}-`, '-').slice(1, -1);
  return rest === '' ? useCase : rest;
}

/** `CentreRegistered` → `alreadyRegistered`, CENTRE_ALREADY_REGISTERED, "This centre is already registered". */
function refusalOfRepeat(a: AggregateNames, event: string): RefusalOfRepeat {
  const happened = event.startsWith(a.className) && event !== a.className ? event.slice(a.className.length) : event;
  const verb = happened.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return {
    key: `already${happened}`,
    code: `${a.constant}_ALREADY_${verb.replace(/ /g, '_').toUpperCase()}`,
    message: `This ${a.words} is already ${verb}`,
    verb,
  };
}

function unionHas(tree: Tree, path: string, unionName: string, member: string): boolean {
  const file = new SourceFileEdits(tree, path);
  return file.unionMembers(file.typeAlias(unionName)).includes(member);
}

/** The type's declaration before the union, and its name in the union. */
function addToUnion(tree: Tree, path: string, unionName: string, member: string, declaration: string): void {
  const file = new SourceFileEdits(tree, path);
  const union = file.typeAlias(unionName);
  file.addToUnion(union, member);
  file.insertBefore(union, declaration);
  file.save();
}

function addToDecider(tree: Tree, path: string, u: UseCase): void {
  const file = new SourceFileEdits(tree, path);
  file.addImport(u.names.property, `./decisions/${u.names.file}`);
  for (const [fn, clause] of [
    ['evolve', evolveCase(u)],
    ['decide', decideCase(u)],
  ] as const) {
    const declaration = file.functionNamed(fn);
    const cases = file.switchOf(declaration);
    fitSwitch(file, declaration, cases);
    file.addCase(cases, clause);
  }
  file.save();
}

/**
 * Keeps evolve's and decide's switches exhaustive as their unions grow. With no member the union is `never`, which
 * has no `type` to read: the switch is on the value itself, and the state goes unread (`_state`). With one member
 * TypeScript narrows `x.type` but not `x` (only a union is narrowed by its discriminant), so the default clause
 * passes `x.type` to unreachable; from two members on, `x` itself, as personnel's deciders do.
 */
function fitSwitch(file: SourceFileEdits, fn: ts.FunctionDeclaration, cases: ts.SwitchStatement): void {
  const unread = fn.parameters.find((p) => p.name.getText() === '_state');
  if (unread) file.replace(unread.name, 'state');

  const head = cases.expression;
  const subject = ts.isIdentifier(head)
    ? head.text
    : ts.isPropertyAccessExpression(head)
      ? head.expression.getText()
      : '';
  if (subject === '' || (!ts.isIdentifier(head) && head.getText() !== `${subject}.type`)) {
    file.fail(`the switch at line ${file.line(cases)} is on ${head.getText()}, not on a value or its .type`);
  }
  if (ts.isIdentifier(head)) file.replace(head, `${subject}.type`);

  const fallback = file.defaultClause(cases);
  const [returned] = fallback.statements;
  const call =
    returned && ts.isReturnStatement(returned) && returned.expression && ts.isCallExpression(returned.expression)
      ? returned.expression
      : undefined;
  if (!call || call.expression.getText() !== 'unreachable' || call.arguments.length !== 1) {
    file.fail(`the default clause at line ${file.line(fallback)} is not \`return unreachable(${subject});\``);
  }
  const members = cases.caseBlock.clauses.filter((c) => ts.isCaseClause(c)).length + 1;
  file.replace(call.arguments[0], members === 1 ? `${subject}.type` : subject);
}

function addToCatalogue(tree: Tree, path: string, u: UseCase): void {
  const file = new SourceFileEdits(tree, path);
  const versions = file.objectProperty(file.callObject('defineEventCatalogue'), 'schemaVersions');
  file.appendProperty(versions, u.event, '1');
  file.save();
}

function addToModule(tree: Tree, path: string, u: UseCase): void {
  const file = new SourceFileEdits(tree, path);
  const route = `${u.names.className}Route`;
  file.appendToArray(file.arrayProperty(file.decoratorObject('Module'), 'controllers'), route);
  file.addImport(route, `./commands/${u.names.file}/${u.names.file}`);
  file.save();
}

/** A second creating use case with the same past tense shares the refusal already there. */
function addRefusal(tree: Tree, path: string, a: AggregateNames, refusal: RefusalOfRepeat): void {
  const file = new SourceFileEdits(tree, path);
  const errors = file.objectConstant(`${a.className}Errors`);
  if (file.property(errors, refusal.key) !== undefined) return;
  file.appendProperty(
    errors,
    refusal.key,
    `() => new DomainError('${refusal.code}', '${refusal.message}', 'conflict')`,
  );
  file.save();
}
