import { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { aggregateGenerator } from './aggregate/aggregate';
import { useCaseGenerator } from './use-case/use-case';

// A shell service as services/* start out: a service definition and its app module.
const APP_MODULE = `import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';

export const centresService: ServiceDefinition = {
  name: 'centres',
  title: 'Rescue centres.',
  defaultPort: SERVICE_PORTS.centres,
  environment: ServiceEnvironment,
  migrations: [],
};

@Module({ imports: [PlatformModule.forService(centresService)] })
export class AppModule {}
`;

const SRC = 'services/centres/src';
const CENTRE = `${SRC}/centre`;
const register = { service: 'centres', aggregate: 'centre', name: 'register-centre', event: 'CentreRegistered' };

describe('the aggregate and use-case generators', () => {
  let tree: Tree;
  // Whitespace collapsed: formatFiles imports Prettier as an ES module, which Jest's CommonJS runtime cannot, so the
  // tree holds the generators' text unformatted (the real runs are formatted, and checked by prettier --check).
  const read = (path: string): string => (tree.read(path, 'utf-8') ?? `(no ${path})`).replace(/\s+/g, ' ');

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace({ formatter: 'none' });
    tree.write(`${SRC}/app.module.ts`, APP_MODULE);
  });

  it('lays out an aggregate and registers its module and catalogue in the app module', async () => {
    await aggregateGenerator(tree, { service: 'centres', name: 'centre', roles: 'logistics, admin' });

    expect(tree.children(CENTRE).sort()).toEqual([
      'centre.aggregate.ts',
      'centre.module.ts',
      'centre.routes.ts',
      'domain',
    ]);
    expect(tree.children(`${CENTRE}/domain`).sort()).toEqual([
      'centre.catalogue.ts',
      'centre.commands.ts',
      'centre.decider.ts',
      'centre.errors.ts',
      'centre.events.ts',
      'centre.state.ts',
      'decisions',
    ]);
    expect(tree.children(`${CENTRE}/domain/decisions`)).toEqual(['spec-support.ts']);
    expect(read(`${CENTRE}/domain/centre.events.ts`)).toContain('export type CentreEvent = never;');
    expect(read(`${CENTRE}/centre.routes.ts`)).toContain("path: 'centres',");
    expect(read(`${CENTRE}/centre.routes.ts`)).toContain("roles: ['logistics', 'admin'],");
    expect(read(`${CENTRE}/centre.routes.ts`)).toContain('export class CentreIdParam {');

    const appModule = read(`${SRC}/app.module.ts`);
    expect(appModule).toContain("import { CentreModule } from './centre/centre.module';");
    expect(appModule).toContain("import { centreCatalogue } from './centre/domain/centre.catalogue';");
    expect(appModule).toContain('migrations: [], catalogues: [centreCatalogue],');
    expect(appModule).toContain('imports: [PlatformModule.forService(centresService), CentreModule]');
  });

  it('adds a second catalogue to the list and refuses an aggregate twice', async () => {
    await aggregateGenerator(tree, { service: 'centres', name: 'centre' });
    await aggregateGenerator(tree, { service: 'centres', name: 'base-transfer' });

    const appModule = read(`${SRC}/app.module.ts`);
    expect(appModule).toContain('catalogues: [centreCatalogue, baseTransferCatalogue]');
    expect(appModule).toContain('CentreModule, BaseTransferModule]');
    expect(read(`${SRC}/base-transfer/domain/base-transfer.catalogue.ts`)).toContain("streamType: 'basetransfer',");
    await expect(aggregateGenerator(tree, { service: 'centres', name: 'centre' })).rejects.toThrow(
      `${CENTRE} already exists`,
    );
  });

  it('refuses an unknown service, a bad name and a catalogue list it cannot edit', async () => {
    await expect(aggregateGenerator(tree, { service: 'fleet', name: 'vehicle' })).rejects.toThrow(
      'No service "fleet": services/fleet/src/app.module.ts does not exist',
    );
    await expect(aggregateGenerator(tree, { service: 'centres', name: 'Centre' })).rejects.toThrow(
      '--name must be kebab-case',
    );
    tree.write(`${SRC}/app.module.ts`, APP_MODULE.replace('migrations: [],', 'migrations: [],\n  catalogues: all,'));
    await expect(aggregateGenerator(tree, { service: 'centres', name: 'centre' })).rejects.toThrow(
      'expected `catalogues: [ … ]` (an array literal)',
    );
  });

  it('lays out a creating use case and wires it into the unions, the decider, the catalogue and the module', async () => {
    await aggregateGenerator(tree, { service: 'centres', name: 'centre' });
    await useCaseGenerator(tree, { ...register, creates: true });

    const route = read(`${CENTRE}/commands/register-centre/register-centre.ts`);
    expect(route).toContain('export class RegisterCentreDto {');
    expect(route).toContain("export const RegisterCentreRoute = centreRoutes.create('centre', {");
    expect(route).toContain("command: (dto, { id }) => ({ type: 'RegisterCentre', centreId: id, ...dto }),");
    expect(read(`${CENTRE}/domain/decisions/register-centre.ts`)).toContain(
      'export function registerCentre(command: RegisterCentre, state: CentreState): CentreRegistered[] {',
    );
    expect(read(`${CENTRE}/domain/decisions/register-centre.spec.ts`)).toContain(
      "thenThrows('CENTRE_ALREADY_REGISTERED')",
    );
    expect(read(`${CENTRE}/domain/centre.commands.ts`)).toContain('export type CentreCommand = RegisterCentre;');
    expect(read(`${CENTRE}/domain/centre.events.ts`)).toContain('export type CentreEvent = CentreRegistered;');
    const decider = read(`${CENTRE}/domain/centre.decider.ts`);
    expect(decider).toContain("import { registerCentre } from './decisions/register-centre';");
    expect(decider).toContain('function evolve(state: CentreState, event: CentreEvent): CentreState {');
    expect(decider).toContain(
      "switch (event.type) { case 'CentreRegistered': return { ...state, centreId: event.data.centreId }; default: return unreachable(event.type); }",
    );
    expect(decider).toContain('function decide(command: CentreCommand, state: CentreState): CentreEvent[] {');
    expect(decider).toContain(
      "switch (command.type) { case 'RegisterCentre': return registerCentre(command, state); default: return unreachable(command.type); }",
    );
    expect(read(`${CENTRE}/domain/centre.catalogue.ts`)).toMatch(/schemaVersions: { ?CentreRegistered: 1, },/);
    expect(read(`${CENTRE}/domain/centre.errors.ts`)).toContain("'CENTRE_ALREADY_REGISTERED'");
    const module = read(`${CENTRE}/centre.module.ts`);
    expect(module).toContain("import { RegisterCentreRoute } from './commands/register-centre/register-centre';");
    expect(module).toContain('controllers: [ // Use cases: one line each. RegisterCentreRoute, ],');
  });

  it('adds a use case on an existing record beside the first', async () => {
    await aggregateGenerator(tree, { service: 'centres', name: 'centre' });
    await useCaseGenerator(tree, { ...register, creates: true });
    await useCaseGenerator(tree, { ...register, name: 'close-centre', event: 'CentreClosed' });

    expect(read(`${CENTRE}/commands/close-centre/close-centre.ts`)).toContain(
      "export const CloseCentreRoute = centreRoutes.command(':centreId/close', {",
    );
    expect(read(`${CENTRE}/domain/centre.commands.ts`)).toContain(
      'export type CentreCommand = RegisterCentre | CloseCentre;',
    );
    expect(read(`${CENTRE}/domain/centre.events.ts`)).toContain(
      'export type CentreEvent = CentreRegistered | CentreClosed;',
    );
    const decider = read(`${CENTRE}/domain/centre.decider.ts`);
    expect(decider).toContain("case 'CentreClosed': return state; default: return unreachable(event); }");
    expect(decider).toContain(
      "case 'CloseCentre': return closeCentre(command, state); default: return unreachable(command); }",
    );
    expect(read(`${CENTRE}/domain/centre.catalogue.ts`)).toContain('CentreClosed: 1');
    expect(read(`${CENTRE}/domain/decisions/close-centre.spec.ts`)).toContain("thenThrows('CENTRE_NOT_FOUND')");
    expect(read(`${CENTRE}/centre.module.ts`)).toContain('RegisterCentreRoute, CloseCentreRoute, ],');
  });

  it('refuses the same use case twice, and a use case of an aggregate that is not there, changing nothing', async () => {
    await aggregateGenerator(tree, { service: 'centres', name: 'centre' });
    await useCaseGenerator(tree, { ...register, creates: true });
    const module = read(`${CENTRE}/centre.module.ts`);

    await expect(useCaseGenerator(tree, { ...register, creates: true })).rejects.toThrow(
      'The use case register-centre of centre already exists: services/centres/src/centre/commands/register-centre/register-centre.ts',
    );
    await expect(useCaseGenerator(tree, { ...register, name: 're-register-centre' })).rejects.toThrow(
      'CentreRegistered is already an event of centre',
    );
    await expect(useCaseGenerator(tree, { ...register, aggregate: 'vehicle' })).rejects.toThrow(
      'No aggregate vehicle in centres',
    );
    await expect(useCaseGenerator(tree, { ...register, name: 'close-centre', path: 'close/now' })).rejects.toThrow(
      '--path must be kebab-case',
    );
    expect(read(`${CENTRE}/centre.module.ts`)).toBe(module);
  });
});
