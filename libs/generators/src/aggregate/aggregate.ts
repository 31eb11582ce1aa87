import { formatFiles, Tree } from '@nx/devkit';
import { aggregateFolder, aggregateNamesOf, AggregateNames, kebabOption } from '../names';
import { SourceFileEdits } from '../source-file-edits';
import { aggregateFiles } from './files';

export interface AggregateGeneratorOptions {
  readonly service: string;
  readonly name: string;
  readonly plural?: string;
  /** Comma-separated. */
  readonly roles?: string;
}

/**
 * Lays out a new aggregate of a service — `<name>/domain/*` (events, commands, state, decider, errors, catalogue,
 * spec support), `<name>.aggregate.ts`, `<name>.routes.ts`, `<name>.module.ts` — and registers its module and its
 * catalogue in the service's app module.
 */
export async function aggregateGenerator(tree: Tree, options: AggregateGeneratorOptions): Promise<void> {
  const service = kebabOption('service', options.service);
  const aggregate = aggregateNamesOf(kebabOption('name', options.name));
  const plural = kebabOption('plural', options.plural ?? `${aggregate.file}s`);
  const roles = (options.roles ?? 'admin').split(',').map((r) => kebabOption('roles', r.trim()));

  const appModule = `services/${service}/src/app.module.ts`;
  if (!tree.isFile(appModule)) throw new Error(`No service "${service}": ${appModule} does not exist`);
  const folder = aggregateFolder(service, aggregate);
  if (tree.children(folder).length > 0) throw new Error(`${folder} already exists: the aggregate is laid out`);

  for (const [path, content] of Object.entries(aggregateFiles(aggregate, { plural, roles }))) {
    tree.write(`${folder}/${path}`, content);
  }
  register(tree, appModule, aggregate);
  await formatFiles(tree);
}

/** The module in `@Module({ imports })`, the catalogue in the service definition's `catalogues`. */
function register(tree: Tree, appModule: string, a: AggregateNames): void {
  const file = new SourceFileEdits(tree, appModule);
  file.appendToArray(file.arrayProperty(file.decoratorObject('Module'), 'imports'), `${a.className}Module`);

  const definition = file.objectOfType('ServiceDefinition');
  const catalogue = `${a.property}Catalogue`;
  if (file.property(definition, 'catalogues') === undefined) {
    file.appendProperty(definition, 'catalogues', `[${catalogue}]`);
  } else {
    file.appendToArray(file.arrayProperty(definition, 'catalogues'), catalogue);
  }

  file.addImport(`${a.className}Module`, `./${a.file}/${a.file}.module`);
  file.addImport(catalogue, `./${a.file}/domain/${a.file}.catalogue`);
  file.save();
}
