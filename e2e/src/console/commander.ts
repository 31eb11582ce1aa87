import { screenshot } from './browser';
import { ConsoleEnv } from './env';

/** A centre commander: their own centre, and nothing of the others. */
export function commanderFlows(env: () => ConsoleEnv): void {
  describe.each(['ar', 'en'] as const)('a commander, in %s', (language) => {
    const words = (ar: string, en: string) => (language === 'ar' ? ar : en);

    it('sees their centre at a glance with its reasons, and is refused another centre', async () => {
      const { open, idOf, gateway, expectAccessible } = env();
      const page = await open(language, 'commander', idOf('ALP-01'));
      await page.waitForURL(new RegExp(`#/centres/${idOf('ALP-01')}$`));
      await page.locator('[data-testid=centre-readiness] [data-level]').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'centre', language);

      await page.goto(`${gateway.url}/#/centres/${idOf('HMS-02')}`);
      const refusal = page.locator('[role=alert][data-code=CENTRE_NOT_FOUND]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words('لا يوجد مركز كهذا، أو أنّه ليس من مراكزك.', 'No such centre, or not one of yours.'),
      );
      await expectAccessible(page);
      await page.context().close();
    });
  });
}
