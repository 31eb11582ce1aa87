// Functions passed to page.evaluate run in the browser: they are typed against the DOM.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { bearer } from '../muster';
import { follow, screenshot } from './browser';
import { ConsoleEnv } from './env';

/** A datetime-local input's value for `minutes` from now, in this machine's (and so the browser's) time zone. */
export const localMinutes = (minutes: number): string => {
  const at = new Date(Date.now() + minutes * 60_000);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

interface VehicleRow {
  readonly vehicleId: string;
  readonly odometerKm: number | null;
  readonly tankCapacityLitres: number | null;
}

/** A logistics officer: the fleet, a vehicle's page and its moves, fuel flags to review, recoveries, donors. */
export function logisticsFlows(env: () => ConsoleEnv): void {
  describe.each(['ar', 'en'] as const)('logistics, in %s', (language) => {
    const words = (ar: string, en: string) => (language === 'ar' ? ar : en);
    // Each language works on records of its own, so that the two runs do not meet.
    const at = (ar: string, en: string) => (language === 'ar' ? ar : en);
    const serviceableAt = async (code: string): Promise<VehicleRow> => {
      const { services, idOf } = env();
      const token = await bearer(['logistics']);
      const page = await services.equipment.ok<{ items: { vehicleId: string }[] }>(
        'GET',
        `/vehicles?centreId=${idOf(code)}&status=serviceable&limit=5`,
        token,
      );
      // The last of a few: the demo dispatches and damages the first ones of a centre.
      const vehicleId = page.items.at(-1)?.vehicleId as string;
      return services.equipment.ok<VehicleRow & { vehicleId: string }>('GET', `/vehicles/${vehicleId}`, token);
    };
    const dialog = (page: Page) => page.getByRole('dialog');
    /** The vehicle's page shows this status (read again after a command). */
    const statusIs = (page: Page, expected: string) =>
      page.waitForFunction(
        (text) => document.querySelector('[data-testid=vehicle-status]')?.textContent === text,
        expected,
      );

    it('vehicles by centre and status, paged on the server, plates left to right', async () => {
      const { open, idOf, expectAccessible } = env();
      const page = await open(language, 'logistics');
      await page.waitForURL(/#\/vehicles$/);
      await page.locator('[data-testid=vehicles] tbody tr').first().waitFor();
      expect(await page.locator('[data-testid=vehicles] tbody tr').count()).toBe(25);
      const plate = page.locator('[data-testid=vehicles] tbody tr td bdi.ltr').first();
      expect(await plate.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      await expectAccessible(page);
      await screenshot(page, 'vehicles', language);

      // Each filter is a new request to the service (listened for before the change, which sends it at once).
      const filtered = (part: string) =>
        page.waitForResponse((r) => r.url().includes('/api/equipment/vehicles') && r.url().includes(part));
      const byStatus = filtered('status=serviceable');
      await page.getByLabel(words('الحالة', 'Status')).selectOption('serviceable');
      expect((await byStatus).status()).toBe(200);
      const byCentre = filtered(`centreId=${idOf('ALP-01')}`);
      await page.getByLabel(words('المركز', 'Centre')).selectOption(idOf('ALP-01'));
      expect((await byCentre).status()).toBe(200);

      // A plate opens the vehicle's page: what it is, its status, its history by kind.
      await plate.click();
      await page.waitForURL(/#\/vehicles\/[0-9a-f-]{36}$/);
      await page.locator('[data-testid=vehicle-status]').waitFor();
      await expectAccessible(page);
      await page.context().close();
    });

    it('equipment items by centre: what each is, its serial left to right, how much is in store', async () => {
      const { open, idOf, services, expectAccessible } = env();
      const code = at('HMS-02', 'HMS-03');
      const held = await services.equipment.ok<{
        total: number;
        items: { serialNumber: string; inStock: number; quantity: number }[];
      }>('GET', `/items?centreId=${idOf(code)}&limit=100`, await bearer(['logistics']));
      const page = await open(language, 'logistics');
      await follow(page, words('المعدّات', 'Equipment'));
      await page.waitForURL(/#\/items$/);
      const byCentre = page.waitForResponse(
        (r) => r.url().includes('/api/equipment/items') && r.url().includes(`centreId=${idOf(code)}`),
      );
      await page.getByLabel(words('المركز', 'Centre')).selectOption(idOf(code));
      expect((await byCentre).status()).toBe(200);
      const rows = page.locator('[data-testid=items] tbody tr');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=items] tbody tr').length === n,
        Math.min(held.total, 25),
      );
      // The demo issued each centre's items to its members: the first is out, as the service says.
      const [item] = held.items;
      const first = rows.filter({ hasText: item?.serialNumber ?? '' });
      expect(await first.locator('bdi.ltr').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      expect(await first.locator('td').nth(3).textContent()).toBe(
        words(`${item?.inStock} من ${item?.quantity}`, `${item?.inStock} of ${item?.quantity}`),
      );
      await expectAccessible(page);
      await page.context().close();
    });

    it('dispatches a vehicle and receives it at the other centre; an arrival before its dispatch is refused', async () => {
      const { open, idOf, gateway, expectAccessible, services } = env();
      const vehicle = await serviceableAt(at('DRA-01', 'HAM-01'));
      const to = at('HMS-01', 'IDL-02');
      const members = await services.personnel.ok<{ items: { memberId: string }[] }>(
        'GET',
        '/members?limit=10&status=active',
        await bearer(['hr']),
      );
      const driver = members.items.at(-1)?.memberId as string;
      const page = await open(language, 'logistics');
      await page.goto(`${gateway.url}/#/vehicles/${vehicle.vehicleId}`);
      const status = page.locator('[data-testid=vehicle-status]');
      await status.waitFor();
      expect(await status.textContent()).toBe(words('صالحة للخدمة', 'Serviceable'));

      await page.getByRole('button', { name: words('إرسال', 'Dispatch'), exact: true }).click();
      await dialog(page).locator('[name=toCentreId]').selectOption(idOf(to));
      await dialog(page).locator('[name=driverId]').fill(driver);
      await dialog(page).locator('[name=dispatchedAt]').fill(localMinutes(-60));
      await dialog(page).locator('[name=expectedArrivalAt]').fill(localMinutes(120));
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await statusIs(page, words('في الطريق', 'In transit'));

      // The arrival, first dated before the dispatch: the service's rule, in the reader's language.
      await page.getByRole('button', { name: words('تسجيل الوصول', 'Record arrival') }).click();
      await dialog(page)
        .locator('[name=odometerInKm]')
        .fill(`${(vehicle.odometerKm ?? 0) + 40}`);
      await dialog(page).locator('[name=arrivedAt]').fill(localMinutes(-90));
      await dialog(page).locator('button[type=submit]').click();
      const refusal = page.locator('[role=alert][data-code=ARRIVAL_NOT_AFTER_DISPATCH]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words('يجب أن يكون الوصول بعد الإرسال.', 'The arrival must be after the dispatch.'),
      );
      await expectAccessible(page);
      await dialog(page).locator('[name=arrivedAt]').fill(localMinutes(0));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await statusIs(page, words('صالحة للخدمة', 'Serviceable'));
      expect(await page.locator('[data-testid=vehicle-centre]').textContent()).toContain(to);
      expect(await page.locator('[data-testid=moves] tbody tr').first().textContent()).toContain(
        words('وصلت', 'Arrived'),
      );
      await screenshot(page, 'vehicle', language);
      await page.context().close();
    });

    it('reviews a flagged fuel issue: cleared with what was found, and the ledger has one flag less', async () => {
      const { open, idOf, expectAccessible, services } = env();
      // An issue over the tank's capacity, as the demo's one at ALP-02, at a centre of this language's own.
      const code = at('IDL-02', 'IDL-03');
      const vehicle = await serviceableAt(code);
      const member = (
        await services.personnel.ok<{ items: { memberId: string }[] }>(
          'GET',
          `/members?limit=1&centreId=${idOf(code)}`,
          await bearer(['hr']),
        )
      ).items[0]?.memberId as string;
      await services.equipment.ok('POST', `/fuel-ledgers/${idOf(code)}/issues`, await bearer(['logistics']), {
        targetKind: 'vehicle',
        targetId: vehicle.vehicleId,
        odometerKm: (vehicle.odometerKm ?? 0) + 60,
        litres: (vehicle.tankCapacityLitres ?? 80) + 40,
        issuedBy: member,
        receivedBy: member,
        issuedAt: new Date(Date.now() - 60_000).toISOString(),
      });

      const page = await open(language, 'logistics');
      await follow(page, words('الوقود', 'Fuel'));
      await page.getByLabel(words('المركز', 'Centre')).selectOption(idOf(code));
      const flags = page.locator('[data-testid=fuel-flags] tbody tr');
      await flags.first().waitFor();
      const before = Number(await page.locator('[data-testid=open-flags]').textContent());
      expect(await flags.first().textContent()).toContain(words('أكثر من سعة الخزّان', 'More than the tank holds'));
      await expectAccessible(page);
      await screenshot(page, 'fuel', language);

      await flags
        .first()
        .getByRole('button', { name: words('مراجعة', 'Review') })
        .click();
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).getByText(words('هذا الحقل مطلوب.', 'Required.')).waitFor();
      await dialog(page)
        .locator('[name=note]')
        .fill(words('عبّأ السائق غالونين للمولّدة', 'The driver filled two jerrycans for the generator'));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid=open-flags]')?.textContent) === n,
        before - 1,
      );
      await page.getByLabel(words('الإشارات', 'Flags')).selectOption('cleared');
      await page
        .getByText(words('عبّأ السائق غالونين للمولّدة', 'The driver filled two jerrycans for the generator'))
        .waitFor();
      await page.context().close();
    });

    it('recoveries still open, and a donor’s traceability report with its CSV', async () => {
      const { open, expectAccessible } = env();
      const page = await open(language, 'logistics');
      await follow(page, words('الاسترداد', 'Recoveries'));
      // The demo's volunteer killed in the double-tap strike held an item: its recovery is open.
      await page.locator('[data-testid=recoveries] tbody tr').first().waitFor();
      expect(await page.locator('[data-testid=recoveries] tbody tr').first().textContent()).toContain(
        words('استُشهد أثناء أداء الواجب', 'Killed in the line of duty'),
      );
      await expectAccessible(page);

      await follow(page, words('المانحون', 'Donors'));
      await page.locator('[data-testid=donors] tbody tr a').first().click();
      // The report, or the refusal that says why not.
      await page.locator('[data-testid=traceability] tbody tr, [role=alert]').first().waitFor();
      expect(await page.locator('[role=alert]').allTextContents()).toEqual([]);
      await expectAccessible(page);
      await screenshot(page, 'donor', language);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: words('تنزيل ملف CSV', 'Download CSV') }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^donor-[0-9a-f-]{36}\.csv$/);
      const csv = readFileSync((await file.path()) as string, 'utf8');
      expect(csv.split('\n')[1]).toContain('asset_id');
      await page.context().close();
    });
  });
}
