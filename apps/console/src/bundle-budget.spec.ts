// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** What Vite's manifest says of each chunk: its file and the chunks it imports statically. */
type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

const BUDGET_BYTES = 300 * 1024;
const SCREENS = ['Members', 'Member', 'Centres', 'Centre', 'Vehicles', 'Audit'];

/**
 * The production build, as deployed: the first screen — the entry with everything it imports, plus the heaviest
 * screen a user can land on with its imports — stays under 300 KB of gzipped JavaScript; and the development
 * sign-in is not in it at all.
 */
describe('the production bundle', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'console-build-'));
  let manifest: Manifest;

  const environment = { ...process.env };
  beforeAll(async () => {
    process.env['MUSTER_CONSOLE_DEV_LOGIN'] = '0';
    // Vitest sets NODE_ENV=test, with which React would be bundled in its (larger) development build.
    process.env['NODE_ENV'] = 'production';
    await build({
      configFile: join(__dirname, '..', 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, manifest: 'manifest.json', emptyOutDir: true },
    });
    manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  }, 120_000);
  afterAll(() => {
    process.env = environment;
    rmSync(outDir, { recursive: true, force: true });
  });

  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
    return seen;
  };
  const gzipped = (keys: Iterable<string>) =>
    [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(join(outDir, manifest[key]?.file ?? ''))).length, 0);

  it('loads its first screen with under 300 KB of compressed JavaScript', () => {
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) as string;
    const shell = closure(entry);
    const heaviest = Math.max(
      ...SCREENS.map((screen) => {
        const chunks = closure(`src/screens/${screen}.tsx`);
        shell.forEach((key) => chunks.delete(key));
        return gzipped(chunks);
      }),
    );
    const total = gzipped(shell) + heaviest;
    expect(total).toBeGreaterThan(50 * 1024); // the measure measures something
    expect(total).toBeLessThan(BUDGET_BYTES);
  });

  it('holds no development sign-in', () => {
    const scripts = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      expect({ file, devToken: readFileSync(join(outDir, 'assets', file), 'utf8').includes('/dev/token') }).toEqual({
        file,
        devToken: false,
      });
    }
    expect(Object.keys(manifest).some((key) => key.includes('DevLogin'))).toBe(false);
  });
});
