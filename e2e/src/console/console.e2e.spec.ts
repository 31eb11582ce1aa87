// Functions passed to page.evaluate run in the browser: they are typed against the DOM.
/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SERVICES } from '@muster/contracts';
import { DemoApi, DemoSummary, loadDemo } from '@muster/demo';
import {
  ensureConsoleBuilt,
  freePort,
  launchChromium,
  REPO_ROOT,
  RunningConsole,
  startConsoleGateway,
} from '@muster/infra';
import { TEST_JWT_SECRET } from '@muster/service-testing';
import { RestartableKafka, startDedicatedKafka } from '@muster/testing';
import { Browser, Page } from 'playwright-core';
import { bearer, RunningService } from '../muster';
import { auditorFlows } from './auditor';
import { consolePage, Language, screenshot, seriousViolations, signIn } from './browser';
import { commanderFlows } from './commander';
import { ConsoleEnv, Services } from './env';
import { hrFlows } from './hr';
import { logisticsFlows } from './logistics';
import { signInFlows } from './sign-in';
import { trainingFlows } from './training';

/**
 * The web console in a real Chromium, on the four real services holding the demo organisation, through its gateway:
 * each kind of user's main flow in Arabic and in English, every screen checked with axe-core, the layout mirrored.
 */
describe('the web console', () => {
  let broker: RestartableKafka;
  let services: Services;
  let demo: DemoSummary;
  let gateway: RunningConsole;
  let browser: Browser;
  /** A member stream whose stored event the spec edits, as an intruder with database access would. */
  let tampered: string;
  /** Active members whose records the HR flows change: one per language, one for the concurrency conflict. */
  let memberFor: Record<Language, string>;
  let memberInConflict: string;

  beforeAll(async () => {
    ensureConsoleBuilt({ devLogin: true }, () => undefined);
    // A broker of its own: the demo's ids are the same in every load, so another spec loading it on the suite's broker
    // would hear this one's events (a member killed before it enrolled them) and the other way round.
    broker = await startDedicatedKafka();
    const [personnel, centres, equipment, training] = await Promise.all([
      RunningService.start('personnel', broker.brokers),
      RunningService.start('centres', broker.brokers),
      RunningService.start('equipment', broker.brokers),
      RunningService.start('training', broker.brokers),
    ]);
    services = { personnel, centres, equipment, training };
    const upstreams = {
      personnel: personnel.baseUrl,
      centres: centres.baseUrl,
      equipment: equipment.baseUrl,
      training: training.baseUrl,
    };
    demo = await loadDemo(new DemoApi(upstreams, (roles, c = []) => bearer(roles, c)), new Date());
    gateway = await startConsoleGateway({ port: await freePort(), upstreams, devJwtSecret: TEST_JWT_SECRET });
    browser = await launchChromium();

    const roster = await personnel.ok<{ items: { memberId: string }[] }>(
      'GET',
      '/members?limit=4&status=active',
      await bearer(['hr']),
    );
    const [ar, forTampering, en, inConflict] = roster.items.map((m) => m.memberId);
    memberFor = { ar: ar as string, en: en as string };
    tampered = `member-${forTampering as string}`;
    memberInConflict = inConflict as string;
    await personnel.asDatabaseOwner((db) =>
      db.query(`UPDATE events SET data = data || '{"forged": true}' WHERE stream_id = $1 AND stream_version = 2`, [
        tampered,
      ]),
    );
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await Promise.all(Object.values(services ?? {}).map((s) => s.stop()));
    await broker?.dispose();
  }, 60_000);

  const open = async (language: Language, persona: string, centreId?: string): Promise<Page> => {
    const page = await consolePage(browser, language);
    await signIn(page, gateway.url, persona, centreId);
    return page;
  };
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const idOf = (code: string) => demo.centres[code] as string;
  /** What the flows in other files of this folder use: registered below, they run on this file's services. */
  const env = (): ConsoleEnv => ({
    services,
    demo,
    gateway,
    brokers: broker.brokers,
    blank: (language) => consolePage(browser, language),
    open,
    expectAccessible,
    idOf,
  });
  commanderFlows(env);
  hrFlows(env);
  auditorFlows(env);
  logisticsFlows(env);
  trainingFlows(env);
  signInFlows(env);
  const today = new Date().toISOString().slice(0, 10);
  const fillLeave = async (page: Page, reason: string) => {
    await page.locator('input[name=from]').fill(today);
    await page.locator('input[name=until]').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    await page.locator('textarea[name=reason]').fill(reason);
  };

  describe.each(['ar', 'en'] as const)('in %s', (language) => {
    const words = (ar: string, en: string) => (language === 'ar' ? ar : en);

    it('lays the whole page out in the language’s direction: the navigation at its start', async () => {
      const page = await open(language, 'hr');
      expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
        language === 'ar' ? 'rtl' : 'ltr',
        language,
      ]);
      const nav = await page.locator('[data-testid=navigation]').boundingBox();
      const heading = await page.locator('main h2').first().boundingBox();
      if (!nav || !heading) throw new Error('navigation or heading not laid out');
      // Arabic: the navigation against the right edge, the content to its left; English: the mirror image.
      if (language === 'ar') {
        expect(nav.x + nav.width).toBeGreaterThanOrEqual(1279);
        expect(heading.x + heading.width).toBeLessThanOrEqual(nav.x);
      } else {
        expect(nav.x).toBeLessThanOrEqual(1);
        expect(heading.x).toBeGreaterThanOrEqual(nav.x + nav.width);
      }
      // The chevrons that point forward turn round with the page.
      const transform = await page
        .locator('.flip-rtl')
        .first()
        .evaluate((el) => getComputedStyle(el).transform);
      expect(transform === 'none').toBe(language === 'en');
      await page.context().close();
    });

    it('HR: the roster, a name search, a member’s page, and the identity only with a purpose', async () => {
      const page = await open(language, 'hr');
      await page.locator('[data-testid=roster] tbody tr').first().waitFor();
      expect(await page.locator('[data-testid=roster] tbody tr').count()).toBe(20);
      await expectAccessible(page);
      await screenshot(page, 'members', language);

      await page.locator('input[name=q]').fill('Aicha');
      await page.locator('form[role=search] button[type=submit]').click();
      const hit = page.locator('[data-testid=search-results] tbody tr').first();
      await hit.waitFor();
      // Names are shown in each script recorded, each isolated in its own direction.
      expect(await hit.locator('bdi[lang=ar]').count()).toBe(1);
      expect(await hit.locator('bdi[lang=en]').count()).toBe(1);
      await expectAccessible(page);

      await page.goto(`${gateway.url}/#/members/${memberFor[language]}`);
      await page.locator('[data-testid=timeline] tbody tr').first().waitFor();
      expect(await page.locator('[data-testid=member-status]').textContent()).toBe(words('فاعل', 'Active'));
      await expectAccessible(page);
      await screenshot(page, 'member', language);

      await page.getByRole('button', { name: words('إظهار الهوية', 'Show identity') }).click();
      await page.getByRole('button', { name: words('إظهار', 'Show'), exact: true }).click();
      await page
        .getByText(words('اذكر سبب حاجتك إلى رؤية هذه الهوية.', 'Say why you need to see this identity.'))
        .waitFor();
      await page.locator('textarea[name=purpose]').fill(`e2e ${language}: next of kin notification`);
      await page.getByRole('button', { name: words('إظهار', 'Show'), exact: true }).click();
      await page.locator('[data-testid=identity]').waitFor();
      expect(await page.locator('[data-testid=identity] bdi[lang=ar]').count()).toBe(1);
      await expectAccessible(page);
      await page.keyboard.press('Escape');

      // A command, as the API takes it: the leave is recorded at the version read, and the page shows it.
      await page.getByRole('button', { name: words('تسجيل إجازة', 'Record leave') }).click();
      const submitLeave = page.getByRole('button', { name: words('سجّل الإجازة', 'Record the leave') });
      await submitLeave.click();
      await page.getByText(words('اذكر التاريخين والسبب.', 'Give the dates and the reason.')).waitFor();
      await expectAccessible(page);
      await fillLeave(page, words('إجازة عائلية', 'family leave'));
      await submitLeave.click();
      await page
        .locator('[data-testid=member-status]', { hasText: words('في إجازة', 'On leave') })
        .waitFor({ timeout: 15_000 });
      await page.context().close();

      // The read is recorded with its purpose, as when the API is called directly.
      const reads = await services.personnel.ok<{ events: { metadata: { reason?: string } }[] }>(
        'GET',
        `/audit/streams/identityaccess-${memberFor[language]}`,
        await bearer(['auditor']),
      );
      expect(reads.events.map((e) => e.metadata.reason)).toContain(`e2e ${language}: next of kin notification`);
    });

    it('an auditor: a stream’s history verified green, a tampered one red naming the broken version, a correlation id’s story', async () => {
      const page = await open(language, 'auditor');
      await page.waitForURL(/#\/audit$/);
      const stream = page.locator('input[name=stream]');
      await stream.fill(`member-${memberFor[language]}`);
      await page.getByRole('button', { name: words('اقرأ وتحقّق', 'Read and verify') }).click();
      const verdict = page.locator('[data-testid=verdict]');
      await verdict.waitFor();
      expect(await verdict.getAttribute('data-ok')).toBe('true');
      await expectAccessible(page);

      await stream.fill(tampered);
      await page.getByRole('button', { name: words('اقرأ وتحقّق', 'Read and verify') }).click();
      await page.locator('[data-testid=verdict][data-ok=false]').waitFor();
      expect(await verdict.getAttribute('data-version')).toBe('2');
      expect(await verdict.textContent()).toContain(
        words('سلسلة التجزئة مكسورة عند الإصدار 2', 'Hash chain broken at version 2'),
      );
      await expectAccessible(page);
      await screenshot(page, 'audit', language);

      const first = await services.personnel.ok<{ events: { metadata: { correlationId: string } }[] }>(
        'GET',
        `/audit/streams/member-${memberFor[language]}`,
        await bearer(['auditor']),
      );
      await page.locator('input[name=correlationId]').fill(first.events[0]?.metadata.correlationId as string);
      await page.getByRole('button', { name: words('ابحث', 'Find') }).click();
      await page.locator('table').nth(1).locator('tbody tr').first().waitFor();
      await expectAccessible(page);
      await page.context().close();
    });
  });

  it('a record changed since it was read: the command is refused with a reload, and goes through after it', async () => {
    const page = await open('en', 'hr');
    await page.goto(`${gateway.url}/#/members/${memberInConflict}`);
    await page.getByRole('button', { name: 'Record leave' }).click();
    await fillLeave(page, 'annual leave');
    // Meanwhile, someone else changes the record.
    await services.personnel.ok('POST', `/members/${memberInConflict}/role-changes`, await bearer(['hr']), {
      roles: ['rescuer', 'driver'],
      effectiveOn: today,
      reason: 'qualified as a driver',
    });
    await page.getByRole('button', { name: 'Record the leave' }).click();
    const conflict = page.locator('[role=alert][data-code=CONCURRENCY_CONFLICT]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Someone changed this record since you read it.');
    await expectAccessible(page);
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await conflict.waitFor({ state: 'detached' });
    // The record as read again (with the other change) is what the command goes against: sent before that read
    // arrives, it would be refused again, rightly.
    await page.getByText('Rescuer and Driver').waitFor();
    await page.getByRole('button', { name: 'Record the leave' }).click();
    await page.locator('[data-testid=member-status]', { hasText: 'On leave' }).waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  // The console's request types come from the services' OpenAPI documents: committed, and checked here against what
  // the services serve (npm run console:openapi regenerates them from running services).
  it('has the OpenAPI types of the services as they are', async () => {
    // Run asynchronously: a blocked event loop lets fetch later reuse a keep-alive socket the service has since closed.
    const run = await promisify(execFile)(
      process.execPath,
      [
        '-r',
        './infra/register.js',
        'infra/src/cli/console-openapi.ts',
        '--check',
        ...SERVICES.map((s) => `${s}=${services[s].baseUrl}`),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 },
    ).then(
      ({ stdout, stderr }) => ({ status: 0, said: `${stdout}${stderr}`.trim() }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        status: error.code ?? 1,
        said: `${error.stdout ?? ''}${error.stderr ?? ''}`.trim(),
      }),
    );
    expect(run).toEqual({
      status: 0,
      said: 'The console’s OpenAPI types are current.',
    });
  });

  it('switches language and digits in place: the page turns round, numbers are written in the digits chosen', async () => {
    // The demo's 249 and whoever the flows above added.
    const { total } = await services.personnel.ok<{ total: number }>('GET', '/members?limit=1', await bearer(['hr']));
    const page = await open('en', 'hr');
    // The roster's range: the first on the page (the identity exports awaiting approval come after it).
    const range = page.locator('[data-testid=range]').first();
    await range.waitFor();
    expect(await range.textContent()).toBe(`1–20 of ${total}`);
    await page.getByText('العربية').first().click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByText('٠١٢٣').first().click();
    await page.waitForFunction(() => document.querySelector('[data-testid=range]')?.textContent?.includes('٢٠'));
    expect(await range.textContent()).toBe(`١–٢٠ من ${new Intl.NumberFormat('ar-u-nu-arab').format(total)}`);
    await page.context().close();
  });
});
