// Functions passed to page.evaluate run in the browser: they are typed against the DOM.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '@muster/infra';

export type Language = 'ar' | 'en';

/** A page of the console in one language (and digits), before anything loads: as a user who chose them earlier. */
export async function consolePage(
  browser: Browser,
  language: Language,
  digits: 'latn' | 'arab' = 'latn',
): Promise<Page> {
  // bypassCSP: the gateway's policy allows scripts from its origin only, and axe-core is injected inline.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    bypassCSP: true,
    // No transitions: a click aimed at a dialog still moving into place can land beside its target on a loaded machine.
    reducedMotion: 'reduce',
  });
  await context.addInitScript(
    ([language, digits]) => localStorage.setItem('muster.preferences', JSON.stringify({ language, digits })),
    [language, digits] as const,
  );
  return context.newPage();
}

/** Signs in through the development personas (a commander: of the centre given). */
export async function signIn(page: Page, url: string, persona: string, centreId?: string): Promise<void> {
  await page.goto(url);
  if (centreId) {
    await page
      .locator('[data-testid=commander-centre] select, select[data-testid=commander-centre]')
      .first()
      .selectOption(centreId);
  }
  await page.locator(`[data-persona=${persona}]`).click();
  await page.locator('[data-testid=navigation]').waitFor();
}

/**
 * Follows a link of the navigation, then moves the pointer away: a hovered link is drawn in other colours, and axe
 * would judge those instead of the page's.
 */
export async function follow(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.mouse.move(0, 0);
}

export interface Violation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly targets: string[];
}

/** axe-core run in the page itself (`@axe-core/playwright` needs Node 22): its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // After any CSS transition (a colour changing on focus): axe would judge colours halfway.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition)));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

const SCREENSHOTS = join(REPO_ROOT, 'docs', 'console');

/**
 * A screenshot for the README and docs/console.md, one per screen and direction — only when asked
 * (MUSTER_CONSOLE_SCREENSHOTS=1): every run's differ a little (dates, times), and `npm test` should leave git clean.
 */
export async function screenshot(page: Page, name: string, language: Language): Promise<void> {
  if (process.env['MUSTER_CONSOLE_SCREENSHOTS'] !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${language === 'ar' ? 'rtl' : 'ltr'}.png`) });
}
