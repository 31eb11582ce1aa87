import { applyChangesToString, ChangeType, StringChange, Tree } from '@nx/devkit';
import * as ts from 'typescript';

/**
 * Targeted edits of one TypeScript file of the tree. Places are found with the TypeScript parser, and a lookup that
 * finds nothing (or more than one) throws, naming the file and what it looked for: a generator stops rather than edit
 * the wrong place. The edits are applied together by save(), which refuses to leave the file unparsable. Layout is
 * left to formatFiles.
 */
export class SourceFileEdits {
  private readonly source: ts.SourceFile;
  private readonly changes: StringChange[] = [];

  constructor(
    private readonly tree: Tree,
    readonly path: string,
  ) {
    const text = tree.read(path, 'utf-8');
    if (text === null) throw new Error(`${path} does not exist`);
    this.source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  }

  fail(problem: string): never {
    throw new Error(`${this.path}: ${problem}`);
  }

  // ---- finding

  typeAlias(name: string): ts.TypeAliasDeclaration {
    return this.only(
      this.source.statements.filter((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s)),
      (s) => s.name.text === name,
      `type ${name}`,
    );
  }

  functionNamed(name: string): ts.FunctionDeclaration {
    return this.only(
      this.source.statements.filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s)),
      (s) => s.name?.text === name,
      `function ${name}`,
    );
  }

  /** The object literal a top-level `const <name> = { … }` (or `{ … } as const`) is initialised with. */
  objectConstant(name: string): ts.ObjectLiteralExpression {
    const declaration = this.only(this.variables(), (v) => ts.isIdentifier(v.name) && v.name.text === name, name);
    return this.objectLiteral(declaration.initializer, `the value of ${name}`);
  }

  /** The object literal of the one top-level constant declared with the type `typeName` (generic or not). */
  objectOfType(typeName: string): ts.ObjectLiteralExpression {
    const declaration = this.only(
      this.variables(),
      (v) => v.type !== undefined && ts.isTypeReferenceNode(v.type) && v.type.typeName.getText() === typeName,
      `a constant of type ${typeName}`,
    );
    return this.objectLiteral(declaration.initializer, `the ${typeName}`);
  }

  /** The object literal passed to a class decorator such as `@Module({ … })`. */
  decoratorObject(decorator: string): ts.ObjectLiteralExpression {
    const calls = this.source.statements
      .filter((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s))
      .flatMap((c) => ts.getDecorators(c) ?? [])
      .map((d) => d.expression)
      .filter((e): e is ts.CallExpression => ts.isCallExpression(e));
    const call = this.only(calls, (c) => c.expression.getText() === decorator, `@${decorator}(…) on a class`);
    return this.objectLiteral(call.arguments[0], `the argument of @${decorator}`);
  }

  /** The object literal passed to the one call of `callee` anywhere in the file. */
  callObject(callee: string): ts.ObjectLiteralExpression {
    const calls: ts.CallExpression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText() === callee) calls.push(node);
      ts.forEachChild(node, visit);
    };
    visit(this.source);
    const call = this.only(calls, () => true, `a call of ${callee}(…)`);
    return this.objectLiteral(call.arguments[0], `the argument of ${callee}`);
  }

  /** The value of a property of an object literal, or undefined when it has none of that name. */
  property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
    for (const p of object.properties) {
      if (ts.isPropertyAssignment(p) && propertyName(p.name) === name) return p.initializer;
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
    }
    return undefined;
  }

  arrayProperty(object: ts.ObjectLiteralExpression, name: string): ts.ArrayLiteralExpression {
    const value = this.property(object, name);
    if (value === undefined || !ts.isArrayLiteralExpression(value)) {
      return this.fail(`expected \`${name}: [ … ]\` (an array literal) at line ${this.line(object)}`);
    }
    return value;
  }

  objectProperty(object: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralExpression {
    return this.objectLiteral(this.property(object, name), `\`${name}\` at line ${this.line(object)}`);
  }

  /** The switch that makes up a function's body (evolve's, decide's). */
  switchOf(fn: ts.FunctionDeclaration): ts.SwitchStatement {
    const name = fn.name?.text ?? 'the function';
    return this.only(
      fn.body?.statements.filter((s): s is ts.SwitchStatement => ts.isSwitchStatement(s)) ?? [],
      () => true,
      `a switch in ${name}`,
    );
  }

  line(node: ts.Node): number {
    return this.source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  }

  // ---- editing

  replace(node: ts.Node, text: string): void {
    const start = node.getStart();
    this.changes.push(
      { type: ChangeType.Delete, start, length: node.getEnd() - start },
      { type: ChangeType.Insert, index: start, text },
    );
  }

  /** Inserts whole statements before a top-level statement and its doc comment. */
  insertBefore(statement: ts.Statement, text: string): void {
    this.changes.push({ type: ChangeType.Insert, index: statement.getStart(this.source, true), text: `${text}\n\n` });
  }

  /** `import { names } from 'from';` after the last import. */
  addImport(names: string, from: string): void {
    const imports = this.source.statements.filter((s) => ts.isImportDeclaration(s));
    const last = imports[imports.length - 1];
    const statement = `import { ${names} } from '${from}';`;
    this.changes.push(
      last
        ? { type: ChangeType.Insert, index: last.getEnd(), text: `\n${statement}` }
        : { type: ChangeType.Insert, index: 0, text: `${statement}\n` },
    );
  }

  /** The names in a union type alias of named types; an empty union is written `never`. */
  unionMembers(alias: ts.TypeAliasDeclaration): string[] {
    if (alias.type.kind === ts.SyntaxKind.NeverKeyword) return [];
    const members = ts.isUnionTypeNode(alias.type) ? alias.type.types : [alias.type];
    if (!members.every((m) => ts.isTypeReferenceNode(m))) {
      this.fail(`type ${alias.name.text} is not a union of named types (or never)`);
    }
    return members.map((m) => m.getText());
  }

  addToUnion(alias: ts.TypeAliasDeclaration, member: string): void {
    const members = this.unionMembers(alias);
    if (members.includes(member)) this.fail(`type ${alias.name.text} already has ${member}`);
    if (members.length === 0) this.replace(alias.type, member);
    else this.changes.push({ type: ChangeType.Insert, index: alias.type.getEnd(), text: ` | ${member}` });
  }

  appendToArray(array: ts.ArrayLiteralExpression, element: string): void {
    if (array.elements.some((e) => e.getText() === element)) {
      this.fail(`${element} is already listed at line ${this.line(array)}`);
    }
    this.append(array, array.elements, element);
  }

  appendProperty(object: ts.ObjectLiteralExpression, name: string, value: string): void {
    if (this.property(object, name) !== undefined) this.fail(`${name} is already there at line ${this.line(object)}`);
    this.append(object, object.properties, `${name}: ${value}`);
  }

  defaultClause(switchStatement: ts.SwitchStatement): ts.DefaultClause {
    const fallback = switchStatement.caseBlock.clauses.find((c) => ts.isDefaultClause(c));
    if (!fallback) return this.fail(`the switch at line ${this.line(switchStatement)} has no default clause`);
    return fallback;
  }

  /** Adds a clause before the switch's default clause (which keeps it exhaustive). */
  addCase(switchStatement: ts.SwitchStatement, clause: string): void {
    this.changes.push({
      type: ChangeType.Insert,
      index: this.defaultClause(switchStatement).getStart(),
      text: `${clause}\n`,
    });
  }

  /** Writes the edited file, unless the edits left it unparsable. */
  save(): void {
    const text = applyChangesToString(this.source.text, this.changes);
    const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true, fileName: this.path });
    if (diagnostics.length > 0) {
      const problems = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ');
      this.fail(`the edits would not parse (${problems}); nothing was written`);
    }
    this.tree.write(this.path, text);
  }

  private variables(): ts.VariableDeclaration[] {
    return this.source.statements
      .filter((s): s is ts.VariableStatement => ts.isVariableStatement(s))
      .flatMap((s) => [...s.declarationList.declarations]);
  }

  private objectLiteral(expression: ts.Expression | undefined, what: string): ts.ObjectLiteralExpression {
    const value = expression && ts.isAsExpression(expression) ? expression.expression : expression;
    if (value === undefined || !ts.isObjectLiteralExpression(value))
      return this.fail(`${what} is not an object literal`);
    return value;
  }

  private only<T extends ts.Node>(candidates: readonly T[], matches: (node: T) => boolean, what: string): T {
    const found = candidates.filter(matches);
    if (found.length !== 1) this.fail(found.length === 0 ? `found no ${what}` : `found ${found.length} of ${what}`);
    return found[0];
  }

  private append(list: ts.Node, items: ts.NodeArray<ts.Node>, text: string): void {
    const last = items[items.length - 1];
    this.changes.push(
      last
        ? { type: ChangeType.Insert, index: last.getEnd(), text: `, ${text}` }
        : // Before the closing bracket, after any comment inside the empty list.
          { type: ChangeType.Insert, index: list.getEnd() - 1, text: `${text},\n` },
    );
  }
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}
