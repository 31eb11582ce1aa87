import { bearer } from '../muster';
import { ConsoleEnv } from './env';

/** An auditor: a correlation id's story across the services, in time order, each step with its cause. */
export function auditorFlows(env: () => ConsoleEnv): void {
  describe.each(['ar', 'en'] as const)('an auditor, in %s', (language) => {
    const words = (ar: string, en: string) => (language === 'ar' ? ar : en);

    it('follows the start of the demo’s base transfer into the other services, step by step', async () => {
      const { open, services, demo, expectAccessible } = env();
      const stream = await services.centres.ok<{ events: { type: string; metadata: { correlationId: string } }[] }>(
        'GET',
        `/audit/streams/basetransfer-${demo.baseTransferId}`,
        await bearer(['auditor']),
      );
      const started = stream.events.find((e) => e.type === 'BaseTransferStarted');
      const page = await open(language, 'auditor');
      await page.waitForURL(/#\/audit$/);
      await page.locator('input[name=correlationId]').fill(started?.metadata.correlationId as string);
      await page.getByRole('button', { name: words('ابحث', 'Find') }).click();
      const steps = page.locator('[data-testid=story] tbody tr');
      await steps.first().waitFor();
      await expectAccessible(page);

      // The centres service started it; the equipment service dispatched the team's vehicles because of it.
      expect(await page.locator('[data-testid=story] tr[data-service=centres]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=story] tr[data-service=equipment]').count()).toBeGreaterThan(0);
      const times = await steps
        .locator('td:nth-child(2) time')
        .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
      expect(times).toEqual([...times].sort());
      // A step a reaction took names the step that caused it; the first is the request's own.
      const causes = await steps.locator('td:nth-child(6)').allTextContents();
      expect(causes[0]).toBe(words('الطلب', 'the request'));
      expect(causes.some((cause) => /^[0-9٠-٩]+$/.test(cause))).toBe(true);

      // A step opens its stream's whole history, read from its own service and verified.
      const dispatched = page.locator('[data-testid=story] tr[data-service=equipment]').first();
      const streamId = ((await dispatched.locator('td:nth-child(5)').textContent()) ?? '').split(' · ')[0] as string;
      await dispatched.locator('td:nth-child(5) button').click();
      await page.locator('[data-testid=verdict][data-ok=true]').waitFor();
      expect(await page.locator('input[name=stream]').inputValue()).toBe(streamId);
      expect(await page.locator('select').first().inputValue()).toBe('equipment');
      const versions = await page.locator('table').first().locator('tbody tr td:first-child').allTextContents();
      expect(versions.length).toBeGreaterThan(1);
      expect(versions).toEqual(versions.map((_, i) => String(i + 1)));
      await expectAccessible(page);
      await page.context().close();
    });
  });
}
