import { execSync, spawnSync } from 'node:child_process';
import { REPO_ROOT } from './infrastructure';

// The module-boundary rules are only worth having if they fail the build: lint code that breaks each one, with the
// repository's own ESLint configuration, as `npm run lint` does.
describe('enforced module boundaries', () => {
  beforeAll(() => {
    // The Nx rule reads the project graph; without it the rule would silently do nothing.
    execSync('npx nx show projects', { cwd: REPO_ROOT, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false' } });
  }, 60_000);

  async function ruleIds(code: string, filePath: string): Promise<string[]> {
    const run = spawnSync(
      process.execPath,
      ['node_modules/eslint/bin/eslint.js', '--stdin', '--stdin-filename', filePath, '--format', 'json'],
      {
        cwd: REPO_ROOT,
        input: code,
        encoding: 'utf8',
        env: { ...process.env, NX_DAEMON: 'false' },
      },
    );
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
  }

  it('refuses a service importing another service', async () => {
    const found = await ruleIds(
      "import { AppModule } from '../../../centres/src/app.module';\nexport const m = AppModule;\n",
      'services/personnel/src/probe.ts',
    );
    expect(found.join('\n')).toContain('@nx/enforce-module-boundaries');
  });

  it('refuses framework or infrastructure imports in a domain folder', async () => {
    const banned = ['@nestjs/common', 'typeorm', 'kafkajs', 'pg'];
    const code = banned.map((b, i) => `import * as x${i} from '${b}';\nexport const y${i} = x${i};\n`).join('');
    const found = await ruleIds(code, 'services/personnel/src/member/domain/probe.ts');
    expect(found.filter((f) => f.startsWith('no-restricted-imports'))).toHaveLength(banned.length);
  });

  it('refuses a pure library depending on an infrastructure library', async () => {
    const found = await ruleIds(
      "import { ensureDatabase } from '@muster/postgres';\nexport const e = ensureDatabase;\n",
      'libs/event-sourcing/src/probe.ts',
    );
    expect(found.join('\n')).toContain('can only depend on libs tagged with "type:pure"');
  });

  it('refuses a library depending on a service', async () => {
    const found = await ruleIds(
      "import { AppModule } from '../../../services/centres/src/app.module';\nexport const m = AppModule;\n",
      'libs/platform/src/probe.ts',
    );
    expect(found.join('\n')).toContain('@nx/enforce-module-boundaries');
  });

  it('keeps testing libraries out of production code but lets tests use them', async () => {
    const code = "import { createTestDatabase } from '@muster/testing';\nexport const c = createTestDatabase;\n";
    expect((await ruleIds(code, 'libs/platform/src/probe.ts')).join('\n')).toContain('@nx/enforce-module-boundaries');
    expect(await ruleIds(code, 'libs/platform/src/probe.spec.ts')).toEqual([]);
  });

  it('accepts a service using libraries through their public index', async () => {
    expect(
      await ruleIds(
        "import { Roles } from '@muster/auth';\nexport const r = Roles;\n",
        'services/personnel/src/probe.ts',
      ),
    ).toEqual([]);
  });

  it('keeps the console’s browser code to pure libraries, and lets its gateway mint tokens with auth', async () => {
    const auth = "import { signDevelopmentToken } from '@muster/auth';\nexport const s = signDevelopmentToken;\n";
    expect((await ruleIds(auth, 'apps/console/src/probe.ts')).join('\n')).toContain(
      'can only depend on libs tagged with "type:pure"',
    );
    const pg = "import { Client } from 'pg';\nexport const c = Client;\n";
    expect((await ruleIds(pg, 'apps/console/src/probe.tsx')).join('\n')).toContain('is not allowed to import "pg"');
    expect(await ruleIds(auth, 'apps/console/server/probe.ts')).toEqual([]);
  });
});
