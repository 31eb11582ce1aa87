/**
 * The console's first screens, in a real Chromium against the console `npm start` serves (its services, the demo
 * organisation): `npm run bench:console` while `npm start` runs (CONSOLE_URL, default http://127.0.0.1:8080).
 *
 * Each run opens a fresh browser context (empty cache, as a first visit) already signed in (a development token for
 * the persona in the tab's storage, as after the sign-in page), loads the persona's first screen and times, from the
 * navigation's start, until it is usable: its table's first row drawn. Measured per screen: HR's roster
 * (`#/members`, personnel's first page) and a commander's centre (`#/centres/<id>`, its readiness). Also the
 * JavaScript the page loaded (compressed bytes over the wire) and a second, warm load (the same context: cached
 * assets). Baseline in the same runs: the screen's own API call made from the page (`fetch` of the same endpoint with
 * the same token), what any client would wait for — the rest is the console's own cost.
 *
 * Prints a markdown report and writes it to bench/console/results/latest.md. RUNS (7) runs, median and min–max.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchChromium, REPO_ROOT } from '@muster/infra';
import type { Browser, Page } from 'playwright-core';
import { median } from '../stats';

const CONSOLE = process.env['CONSOLE_URL'] ?? 'http://127.0.0.1:8080';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const say = (line: string): void => void process.stderr.write(`[bench:console] ${line}\n`);

interface Screen {
  readonly name: string;
  readonly persona: string;
  readonly route: (centreId: string) => string;
  /** The screen's own read, as the page makes it. */
  readonly api: (centreId: string) => string;
  /** What is drawn once the screen is usable. */
  readonly ready: string;
}

const SCREENS: readonly Screen[] = [
  {
    name: 'HR: the roster',
    persona: 'hr',
    route: () => '#/members',
    api: () => '/api/personnel/members?limit=20',
    ready: '[data-testid=roster] tbody tr',
  },
  {
    name: 'a commander: their centre',
    persona: 'commander',
    route: (centreId) => `#/centres/${centreId}`,
    api: (centreId) => `/api/centres/centres/${centreId}/readiness`,
    ready: '[data-testid=centre-readiness] [data-level]',
  },
];

interface Sample {
  readonly coldMs: number;
  readonly warmMs: number;
  readonly apiMs: number;
  readonly scriptBytes: number;
}

async function token(persona: string, centreId: string): Promise<string> {
  const response = await fetch(`${CONSOLE}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ persona, ...(persona === 'commander' ? { centreId } : {}) }),
  });
  if (!response.ok) throw new Error(`${CONSOLE}/dev/token answered ${response.status}: is npm start running?`);
  return ((await response.json()) as { token: string }).token;
}

/** Milliseconds from the navigation's start until `selector` is drawn. */
async function usable(page: Page, navigate: () => Promise<unknown>, selector: string): Promise<number> {
  await navigate();
  await page.locator(selector).first().waitFor({ timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

async function measure(browser: Browser, screen: Screen, centreId: string): Promise<Sample> {
  const bearer = await token(screen.persona, centreId);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    await context.addInitScript(
      ([value]) => {
        sessionStorage.setItem('muster.token', value);
        localStorage.setItem('muster.preferences', JSON.stringify({ language: 'ar', digits: 'latn' }));
      },
      [bearer] as const,
    );
    const page = await context.newPage();
    const url = `${CONSOLE}/${screen.route(centreId)}`;
    const coldMs = await usable(page, () => page.goto(url, { waitUntil: 'commit' }), screen.ready);
    const scriptBytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0),
    );
    const apiMs = await page.evaluate(
      async ([path, value]) => {
        const started = performance.now();
        const response = await fetch(path, { headers: { Authorization: `Bearer ${value}` } });
        await response.json();
        return performance.now() - started;
      },
      [screen.api(centreId), bearer] as const,
    );
    const warmMs = await usable(page, () => page.reload({ waitUntil: 'commit' }), screen.ready);
    return { coldMs, warmMs, apiMs, scriptBytes };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0]?.toFixed(1);
  const centres = (await (await fetch(`${CONSOLE}/dev/centres`)).json()) as { centreId: string; code: string }[];
  const centreId = centres[0]?.centreId;
  if (!centreId) throw new Error('no centre: load the demo (npm start does) first');
  const browser = await launchChromium();
  const samples = new Map<Screen, Sample[]>(SCREENS.map((s) => [s, []]));
  try {
    // A warm-up of each, discarded: the gateway's and services' first requests.
    for (const screen of SCREENS) await measure(browser, screen, centreId);
    for (let run = 1; run <= RUNS; run++) {
      for (const screen of run % 2 === 0 ? [...SCREENS].reverse() : SCREENS) {
        const sample = await measure(browser, screen, centreId);
        samples.get(screen)?.push(sample);
        say(`run ${run} ${screen.name}: ${JSON.stringify(sample)}`);
      }
    }
  } finally {
    await browser.close();
  }
  const cell = (values: number[], digits = 0) =>
    `**${median(values).toFixed(digits)}** (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
  const report = [
    `# Console benchmark (${new Date().toISOString()})`,
    '',
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ` +
      `load average ${loadAtStart} at the start, ${loadavg()[0]?.toFixed(1)} at the end. Console: ${CONSOLE}.`,
    '',
    `${RUNS} runs each after a warm-up; median (min–max). Times from the navigation's start, in ms.`,
    '',
    '| screen | usable, first visit | usable, cached | baseline: its API call alone | JavaScript loaded (compressed KB) |',
    '| --- | --- | --- | --- | --- |',
    ...SCREENS.map((screen) => {
      const s = samples.get(screen) ?? [];
      return `| ${screen.name} | ${cell(s.map((x) => x.coldMs))} | ${cell(s.map((x) => x.warmMs))} | ${cell(
        s.map((x) => x.apiMs),
        1,
      )} | ${cell(
        s.map((x) => x.scriptBytes / 1024),
        1,
      )} |`;
    }),
    '',
  ].join('\n');
  process.stdout.write(report);
  const dir = join(REPO_ROOT, 'bench', 'console', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), report);
}

void main().catch((error: unknown) => {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
