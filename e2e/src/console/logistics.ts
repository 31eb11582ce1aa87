// Functions passed to page.evaluate run in the browser: they are typed against the DOM.
/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
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
      // The serial's cell (the holders' cell names members by id, also left to right).
      expect(
        await first
          .locator('td')
          .nth(2)
          .locator('bdi.ltr')
          .evaluate((el) => getComputedStyle(el).direction),
      ).toBe('ltr');
      expect(await first.locator('[data-testid=in-stock]').textContent()).toBe(
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

    // The flows below change demo records nobody else's test reads: Aleppo east (ALP-02) in Arabic, Homs 3 (HMS-03)
    // in English — its vehicles and fuel, and its last item (the items flow above reads the first).
    const own = () => at('ALP-02', 'HMS-03');
    const number = (n: number) => new Intl.NumberFormat(`${language}-u-nu-latn`).format(n);
    const memberAt = async (code: string): Promise<string> => {
      const { services, idOf } = env();
      const members = await services.personnel.ok<{ items: { memberId: string }[] }>(
        'GET',
        `/members?limit=2&status=active&centreId=${idOf(code)}`,
        await bearer(['hr']),
      );
      return members.items.at(-1)?.memberId as string;
    };

    it('records a fuel delivery into the stock, then an issue over the tank, which the ledger flags with its figures', async () => {
      const { open, idOf, expectAccessible, services } = env();
      const code = own();
      const logistics = await bearer(['logistics']);
      const member = await memberAt(code);
      const ledger = await services.equipment.ok<{ balanceLitres: number }>(
        'GET',
        `/fuel-ledgers/${idOf(code)}`,
        logistics,
      );
      // The first serviceable vehicle of the centre (the vehicle flow takes a later one).
      const first = (
        await services.equipment.ok<{ items: { vehicleId: string }[] }>(
          'GET',
          `/vehicles?centreId=${idOf(code)}&status=serviceable&limit=1`,
          logistics,
        )
      ).items[0]?.vehicleId as string;
      const vehicle = await services.equipment.ok<VehicleRow>('GET', `/vehicles/${first}`, logistics);
      const tank = vehicle.tankCapacityLitres ?? 80;

      const page = await open(language, 'logistics');
      await follow(page, words('الوقود', 'Fuel'));
      await page.getByLabel(words('المركز', 'Centre')).selectOption(idOf(code));
      const balance = page.locator('[data-testid=balance]');
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid=balance]')?.textContent?.includes(text) === true,
        number(ledger.balanceLitres),
      );

      // A delivery: the form asks for its supplier and a litre count to a tenth before anything is sent.
      await page.getByRole('button', { name: words('تسجيل توريد', 'Record a delivery') }).click();
      await dialog(page).locator('[name=litres]').fill('500.25');
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).getByText(words('عدد من اللترات، بدقّة عُشر لتر.', 'A number of litres, to a tenth.')).waitFor();
      await expectAccessible(page);
      await dialog(page).locator('[name=litres]').fill('500');
      await dialog(page).locator('[name=supplier]').fill(words('شركة إدلب للمحروقات', 'Idlib Fuel Co.'));
      await dialog(page).locator('[name=costAmount]').fill('475.5');
      await dialog(page).locator('[name=receivedBy]').fill(member);
      await dialog(page).locator('[name=deliveredAt]').fill(localMinutes(-30));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid=balance]')?.textContent?.includes(text) === true,
        number(ledger.balanceLitres + 500),
      );

      // An issue of more than the tank holds: recorded (never refused for looking odd) and flagged, with the figures.
      await page.getByRole('button', { name: words('صرف وقود', 'Issue fuel') }).click();
      await dialog(page).locator('[name=vehicleId]').selectOption(vehicle.vehicleId);
      await dialog(page)
        .locator('[name=odometerKm]')
        .fill(`${(vehicle.odometerKm ?? 0) + 50}`);
      await dialog(page)
        .locator('[name=litres]')
        .fill(`${tank + 40}`);
      await dialog(page).locator('[name=issuedBy]').fill(member);
      await dialog(page).locator('[name=receivedBy]').fill(member);
      await dialog(page).locator('[name=issuedAt]').fill(localMinutes(-5));
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      const outcome = page.locator('[data-testid=issue-outcome][data-flagged=true]');
      await outcome.waitFor();
      const said = await outcome.textContent();
      expect(said).toContain(words('أكثر من سعة الخزّان', 'More than the tank holds'));
      expect(said).toContain(number(tank + 40));
      expect(said).toContain(number(tank));
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid=balance]')?.textContent?.includes(text) === true,
        number(ledger.balanceLitres + 500 - (tank + 40)),
      );
      expect(await balance.textContent()).toContain(number(ledger.balanceLitres + 460 - tank));
      await expectAccessible(page);

      // The vehicle's own page lists the fill first, at its odometer, with its flag awaiting review.
      await page.goto(`${env().gateway.url}/#/vehicles/${vehicle.vehicleId}`);
      const fill = page.locator('[data-testid=vehicle-fuel] tbody tr').first();
      await fill.waitFor();
      const row = await fill.textContent();
      expect(row).toContain(number(tank + 40));
      expect(row).toContain(number((vehicle.odometerKm ?? 0) + 50));
      expect(row).toContain(words('أكثر من سعة الخزّان', 'More than the tank holds'));
      expect(await fill.locator('[data-testid=fuel-review]').textContent()).toBe(
        words('بانتظار المراجعة', 'Awaiting review'),
      );
      await expectAccessible(page);
      await page.context().close();
    });

    it('records damage, which grounds the vehicle, and opens and closes its repair order, which returns it to service', async () => {
      const { open, gateway, expectAccessible, services } = env();
      const vehicle = await serviceableAt(own());
      const today = localMinutes(0).slice(0, 10);
      const page = await open(language, 'logistics');
      await page.goto(`${gateway.url}/#/vehicles/${vehicle.vehicleId}`);
      await statusIs(page, words('صالحة للخدمة', 'Serviceable'));
      const commands = page.locator('[data-testid=vehicle-commands]');
      const button = (ar: string, en: string) => commands.getByRole('button', { name: words(ar, en), exact: true });

      // Damage from an attack names its incident: the form says so before sending.
      await button('تسجيل ضرر', 'Record damage').click();
      const description = words('تحطّم الزجاج الأمامي والمبرّد بشظايا', 'Windscreen and radiator hit by shrapnel');
      await dialog(page).locator('[name=cause]').selectOption('shelling');
      await dialog(page).locator('[name=severity]').selectOption('severe');
      await dialog(page).locator('[name=description]').fill(description);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(
          words(
            'الضرر الناجم عن هجوم يذكر الحادثة التي وقع فيها.',
            'Damage from an attack names the incident it happened in.',
          ),
        )
        .waitFor();
      await expectAccessible(page);
      await dialog(page).locator('[name=incidentRef]').fill(`INC-E2E-${language}`);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      // Severe: off the road at once, and no longer offered a dispatch.
      await statusIs(page, words('معطّلة', 'Unserviceable'));
      expect(await page.locator('[data-testid=damage] tbody tr').first().textContent()).toContain(description);
      expect(await button('إرسال', 'Dispatch').count()).toBe(0);

      const work = words('تبديل المبرّد والزجاج الأمامي', 'Replace radiator and windscreen');
      await button('فتح أمر إصلاح', 'Open a repair order').click();
      await dialog(page).locator('[name=description]').fill(work);
      await dialog(page).locator('[name=workshop]').fill(words('ورشة إدلب المركزية', 'Idlib central workshop'));
      // The order names the damage it repairs: the shelling just recorded, which no order names yet.
      const recorded = await services.equipment.ok<{ damage: { damageId: string; description: string }[] }>(
        'GET',
        `/vehicles/${vehicle.vehicleId}`,
        await bearer(['logistics']),
      );
      const shelling = recorded.damage.find((d) => d.description === description)?.damageId as string;
      await dialog(page).locator(`input[type=checkbox][value="${shelling}"]`).check();
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      const order = page.locator('[data-testid=repairs] tbody tr', { hasText: work });
      await order.waitFor();
      expect(await order.locator('[data-testid=repair-damage]').textContent()).toContain(words('قصف', 'Shelling'));
      // In the workshop: it goes back into service when its order is closed, not by hand.
      expect(await button('إعادة إلى الخدمة', 'Return to service').count()).toBe(0);

      // Closed before it was opened: caught by the form; then closed today, and the vehicle is serviceable again.
      await order.getByRole('button', { name: words('إغلاق', 'Close') }).click();
      await dialog(page)
        .locator('[name=closedOn]')
        .fill(localMinutes(-2 * 24 * 60).slice(0, 10));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(
          words('يُغلق أمر الإصلاح في يوم فتحه أو بعده.', 'A repair order closes on or after the day it was opened.'),
        )
        .waitFor();
      await expectAccessible(page);
      await dialog(page).locator('[name=closedOn]').fill(today);
      await dialog(page).locator('[name=notes]').fill(words('جُرّبت على الطريق', 'Road tested'));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await statusIs(page, words('صالحة للخدمة', 'Serviceable'));
      expect(await page.locator('[data-testid=vehicle-status]').locator('..').textContent()).toContain(
        words('أُصلحت', 'Repaired'),
      );
      expect(await order.getByRole('button').count()).toBe(0);

      // A write-off is final: a step restates it and says so, and going back records nothing.
      await button('شطب', 'Write off').click();
      await dialog(page).locator('[name=reason]').selectOption('destroyed');
      await dialog(page).locator('[name=evidenceRef]').fill('INC-E2E-photos');
      await dialog(page).locator('button[type=submit]').click();
      const confirmation = dialog(page).locator('[data-testid=confirmation]');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain(words('هذا نهائي', 'This is final'));
      await expectAccessible(page);
      await dialog(page)
        .getByRole('button', { name: words('رجوع', 'Back') })
        .click();
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });
      expect(await page.locator('[data-testid=vehicle-status]').textContent()).toBe(
        words('صالحة للخدمة', 'Serviceable'),
      );
      await page.context().close();
    });

    it('takes an item back from the member who held it, and issues it to them again', async () => {
      const { open, idOf, expectAccessible, services } = env();
      const code = own();
      const listed = await services.equipment.ok<{
        items: { itemId: string; serialNumber: string; holdings: { kind: string; id: string }[] }[];
      }>('GET', `/items?centreId=${idOf(code)}&limit=100`, await bearer(['logistics']));
      const item = listed.items.at(-1);
      const holder = item?.holdings[0]?.id as string;
      expect(item?.holdings[0]?.kind).toBe('member');

      const page = await open(language, 'logistics');
      await follow(page, words('المعدّات', 'Equipment'));
      await page.getByLabel(words('المركز', 'Centre')).selectOption(idOf(code));
      const row = page.locator('[data-testid=items] tbody tr', { hasText: item?.serialNumber ?? '' });
      await row.waitFor();
      const stock = row.locator('[data-testid=in-stock]');
      expect(await stock.textContent()).toBe(words('0 من 1', '0 of 1'));
      expect(await row.locator('[data-testid=holders]').textContent()).toContain(holder.slice(0, 8));

      await row.getByRole('button', { name: words('إرجاع', 'Return') }).click();
      await dialog(page)
        .getByRole('radio', { name: words('متضرّرة', 'Damaged') })
        .check();
      await dialog(page)
        .getByRole('radio', { name: words('سليمة', 'In good order') })
        .check();
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await page.waitForFunction(
        ([serial, text]) =>
          Array.from(document.querySelectorAll('[data-testid=items] tbody tr')).some(
            (tr) =>
              tr.textContent?.includes(serial) && tr.querySelector('[data-testid=in-stock]')?.textContent === text,
          ),
        [item?.serialNumber ?? '', words('1 من 1', '1 of 1')] as const,
      );
      expect(await row.locator('[data-testid=holders]').count()).toBe(0);

      // Issued again: a member is named by id (equipment holds no names); two cannot go out of a store of one.
      await row.getByRole('button', { name: words('تسليم', 'Issue') }).click();
      await dialog(page).locator('[name=holderId]').fill(holder);
      await dialog(page).locator('[name=quantity]').fill('2');
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(words('عدد صحيح من 1، لا يزيد على المتوفّر.', 'A whole number from 1, no more than there is.'))
        .waitFor();
      await expectAccessible(page);
      await dialog(page).locator('[name=quantity]').fill('1');
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await row.locator('[data-testid=holders]').waitFor();
      expect(await stock.textContent()).toBe(words('0 من 1', '0 of 1'));
      expect(await row.locator('[data-testid=holders]').textContent()).toContain(holder.slice(0, 8));
      await page.context().close();
    });

    // The flows below work on records of centres no other flow changes: Idlib countryside (IDL-01) in Arabic, Homs 1
    // (HMS-01) in English — the vehicles still at home, and items they register there.
    const mine = () => at('IDL-01', 'HMS-01');
    const homeVehicle = async (index: number): Promise<VehicleRow> => {
      const { services, idOf } = env();
      const token = await bearer(['logistics']);
      const listed = await services.equipment.ok<{ items: { vehicleId: string; centreId: string }[] }>(
        'GET',
        `/vehicles?centreId=${idOf(mine())}&status=serviceable&limit=8`,
        token,
      );
      const vehicleId = listed.items[index]?.vehicleId as string;
      return services.equipment.ok<VehicleRow & { vehicleId: string }>('GET', `/vehicles/${vehicleId}`, token);
    };

    it('records work on an open repair order — its parts, labour and who paid — and closes the order', async () => {
      const { open, gateway, services, expectAccessible } = env();
      const vehicle = await homeVehicle(0);
      const today = localMinutes(0).slice(0, 10);
      const logistics = await bearer(['logistics']);
      const task = words('تبديل خرطوم المبرّد', 'Replace the radiator hose');
      await services.equipment.ok('POST', `/vehicles/${vehicle.vehicleId}/repair-orders`, logistics, {
        description: task,
        workshop: words('ورشة إدلب', 'Homs workshop'),
        openedOn: today,
      });
      const donors = await services.equipment.ok<{ items: { donorId: string; names: { ar: string; en: string } }[] }>(
        'GET',
        '/donors?limit=1',
        logistics,
      );
      const donor = donors.items[0] as { donorId: string; names: { ar: string; en: string } };

      const page = await open(language, 'logistics');
      await page.goto(`${gateway.url}/#/vehicles/${vehicle.vehicleId}`);
      const order = page.locator('[data-testid=repairs] tbody tr', { hasText: task });
      await order.waitFor();
      await order.getByRole('button', { name: words('تسجيل أعمال', 'Record work') }).click();
      // Nothing said yet: the form asks what was done, the labour and who paid before anything is sent.
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).getByText(words('اذكر ما أُنجز من أعمال.', 'Say what was done.')).waitFor();
      await dialog(page)
        .getByText(words('اذكر مصدر الدفع: المنحة أو بند الميزانية.', 'Say who paid: the grant or the budget line.'))
        .waitFor();
      const done = words('بُدّل الخرطوم وأُعيد ملء سائل التبريد', 'Hose replaced, coolant refilled');
      await dialog(page).locator('[name=workDone]').fill(done);
      await dialog(page)
        .getByRole('button', { name: words('إضافة قطعة', 'Add a part') })
        .click();
      await dialog(page).locator('[name="parts.0.description"]').fill(words('خرطوم مبرّد', 'Radiator hose'));
      await dialog(page).locator('[name="parts.0.quantity"]').fill('2');
      await dialog(page).locator('[name="parts.0.unitCost"]').fill('12.5');
      await dialog(page).locator('[name=labourCost]').fill('30');
      await dialog(page).locator('[name=donorId]').selectOption(donor.donorId);
      await dialog(page).locator('[name=funding]').fill(words('منحة الصيانة 2026', 'Maintenance grant 2026'));
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      // The work, its cost (two hoses at 12.50 and 30 of labour) and its donor, on the order.
      const work = order.locator('[data-testid=repair-work]');
      await work.getByText(done, { exact: false }).waitFor();
      const said = await work.textContent();
      expect(said).toContain(language === 'ar' ? donor.names.ar : donor.names.en);
      expect(await order.locator('[data-testid=repair-cost]').textContent()).toContain('55');

      // Closed today: the workshop hands it back, serviceable, and the order takes nothing more.
      await order.getByRole('button', { name: words('إغلاق', 'Close') }).click();
      // Judged once open: axe run while the dialog mounts reads a page half changed.
      await dialog(page).locator('button[type=submit]').waitFor();
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await statusIs(page, words('صالحة للخدمة', 'Serviceable'));
      await page.waitForFunction(
        (text) =>
          Array.from(document.querySelectorAll('[data-testid=repairs] tbody tr')).some(
            (tr) => tr.textContent?.includes(text) === true && tr.querySelectorAll('button').length === 0,
          ),
        task,
      );
      await page.context().close();
    });

    it('records a check with a failed critical item, which takes the vehicle off the road, and corrects its odometer', async () => {
      const { open, gateway, expectAccessible } = env();
      const vehicle = await homeVehicle(1);
      const last = vehicle.odometerKm ?? 0;
      const page = await open(language, 'logistics');
      await page.goto(`${gateway.url}/#/vehicles/${vehicle.vehicleId}`);
      await statusIs(page, words('صالحة للخدمة', 'Serviceable'));
      const commands = page.locator('[data-testid=vehicle-commands]');
      const button = (ar: string, en: string) => commands.getByRole('button', { name: words(ar, en), exact: true });

      await button('تسجيل فحص', 'Record a check').click();
      const checklist = dialog(page).locator('[data-testid=checklist] select');
      await checklist.first().waitFor();
      // An odometer below the last reading, and items left unmarked: both said before anything is sent.
      await dialog(page)
        .locator('[name=odometerKm]')
        .fill(`${last - 10}`);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(
          words(
            'عدد صحيح من الكيلومترات، لا يقلّ عن آخر قراءة.',
            'A whole number of kilometres, not below the last reading.',
          ),
        )
        .waitFor();
      await dialog(page)
        .getByText(
          words(
            'حدّد لكل بند من قائمة الفحص أهو سليم أم فيه خلل.',
            'Mark every item of the checklist passed or failed.',
          ),
        )
        .waitFor();
      await dialog(page)
        .locator('[name=odometerKm]')
        .fill(`${last + 5}`);
      for (const select of await checklist.all()) await select.selectOption('passed');
      await dialog(page).locator('[name="items.brakes"]').selectOption('failed');
      await dialog(page).locator('[name="notes.brakes"]').fill(words('الدوّاسة رخوة', 'Pedal soft'));
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      // A failed critical item: off the road at once, and no longer offered a dispatch.
      await statusIs(page, words('معطّلة', 'Unserviceable'));
      expect(await page.locator('[data-testid=vehicle-status]').locator('..').textContent()).toContain(
        words('لم تجتز الفحص', 'Failed a check'),
      );
      expect(await page.locator('[data-testid=checks] tbody tr').first().textContent()).toContain(
        words('فشل بند حرج واحد', '1 critical item failed'),
      );
      expect(await button('إرسال', 'Dispatch').count()).toBe(0);

      // The reading was mistyped: corrected down (its own command, with why), after a step that restates it.
      await button('تصحيح العدّاد', 'Correct the odometer').click();
      await dialog(page)
        .locator('[name=correctedKm]')
        .fill(`${last + 5}`);
      await dialog(page).locator('[name=reason]').fill(words('خطأ في الإدخال عند الفحص', 'Mistyped at the check'));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).getByText(words('هذه هي القراءة المسجّلة أصلًا.', 'The odometer already reads that.')).waitFor();
      await dialog(page)
        .locator('[name=correctedKm]')
        .fill(`${last - 100}`);
      await dialog(page).locator('button[type=submit]').click();
      const confirmation = dialog(page).locator('[data-testid=confirmation]');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain(number(last - 100));
      expect(await confirmation.textContent()).toContain(number(last + 5));
      await expectAccessible(page);
      await dialog(page)
        .getByRole('button', { name: words('أكّد وسجّل', 'Confirm and record') })
        .click();
      await dialog(page).waitFor({ state: 'detached' });
      const correction = page.locator('[data-testid=odometer-corrections] tbody tr').first();
      await correction.waitFor();
      expect(await correction.textContent()).toContain(words('خطأ في الإدخال عند الفحص', 'Mistyped at the check'));
      expect(await correction.textContent()).toContain(number(last - 100));
      await page.context().close();
    });

    it('diverts a vehicle on its way to another centre, then turns it back to the centre it left', async () => {
      const { open, idOf, gateway, services, expectAccessible } = env();
      const vehicle = await homeVehicle(2);
      const [first, then] = [at('IDL-03', 'DRA-01'), at('IDL-02', 'HAM-01')];
      await services.equipment.ok('POST', `/vehicles/${vehicle.vehicleId}/dispatch`, await bearer(['logistics']), {
        toCentreId: idOf(first),
        driverId: await memberAt(mine()),
        odometerOutKm: vehicle.odometerKm ?? 0,
        dispatchedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
        expectedArrivalAt: new Date(Date.now() + 120 * 60_000).toISOString(),
      });
      const page = await open(language, 'logistics');
      await page.goto(`${gateway.url}/#/vehicles/${vehicle.vehicleId}`);
      await statusIs(page, words('في الطريق', 'In transit'));
      const commands = page.locator('[data-testid=vehicle-commands]');
      const button = (ar: string, en: string) => commands.getByRole('button', { name: words(ar, en), exact: true });

      await button('تحويل الوجهة', 'Divert').click();
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(words('اختر الوجهة الجديدة واذكر السبب.', 'Choose the new destination and say why.'))
        .waitFor();
      // Neither where it is going nor where it came from is offered.
      const offered = await dialog(page)
        .locator('[name=toCentreId] option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(offered).not.toContain(idOf(first));
      expect(offered).not.toContain(idOf(mine()));
      await dialog(page).locator('[name=toCentreId]').selectOption(idOf(then));
      const cut = words('الطريق مقطوع بالقصف', 'Road cut by shelling');
      await dialog(page).locator('[name=reason]').fill(cut);
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      const move = page.locator('[data-testid=moves] tbody tr').first();
      await move.getByText(cut, { exact: false }).waitFor();
      expect(await page.locator('main').textContent()).toContain(then);

      await button('إعادة إلى المنطلق', 'Turn back').click();
      const needed = words('مطلوبة لحريق', 'Needed back for a fire');
      await dialog(page).locator('[name=reason]').fill(needed);
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await move.getByText(needed, { exact: false }).waitFor();
      // On its way home, still in transit: it is not turned back twice.
      await statusIs(page, words('في الطريق', 'In transit'));
      expect(await move.textContent()).toContain(words('أُعيدت إلى', 'Turned back to'));
      expect(await button('إعادة إلى المنطلق', 'Turn back').count()).toBe(0);
      await page.context().close();
    });

    it('registers an item into a centre’s stock and writes it off, after a step that says it is final', async () => {
      const { open, idOf, expectAccessible } = env();
      const code = mine();
      const serial = `E2E-CAM-${language.toUpperCase()}`;
      const page = await open(language, 'logistics');
      await follow(page, words('المعدّات', 'Equipment'));
      await page.getByRole('button', { name: words('تسجيل معدّة', 'Register an item') }).click();
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(
          words(
            'اذكر النوع والوصف والمركز ويوم الاستلام.',
            'Give the type, the description, the centre and the day it was acquired.',
          ),
        )
        .waitFor();
      await dialog(page).locator('[name=type]').selectOption('helmet-camera');
      await dialog(page)
        .locator('[name=description]')
        .fill(words('كاميرا خوذة للتوثيق', 'Helmet camera for documentation'));
      await dialog(page).locator('[name=serialNumber]').fill(serial);
      await dialog(page).locator('[name=centreId]').selectOption(idOf(code));
      await dialog(page).locator('[name=donorId]').selectOption({ index: 1 });
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await page.locator('[data-testid=registered]').waitFor();
      // The list shows the centre it went into, the new item in store.
      const row = page.locator('[data-testid=items] tbody tr', { hasText: serial });
      await row.waitFor();
      expect(await row.locator('[data-testid=in-stock]').textContent()).toBe(words('1 من 1', '1 of 1'));

      await row.getByRole('button', { name: words('شطب', 'Write off') }).click();
      await dialog(page).locator('[name=reason]').selectOption('destroyed');
      await dialog(page).locator('[name=evidenceRef]').fill(`INC-E2E-${language}-CAM`);
      await dialog(page).locator('button[type=submit]').click();
      const confirmation = dialog(page).locator('[data-testid=confirmation]');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain(words('هذا نهائي', 'This is final'));
      await expectAccessible(page);
      await dialog(page)
        .getByRole('button', { name: words('أكّد وسجّل', 'Confirm and record') })
        .click();
      await dialog(page).waitFor({ state: 'detached' });
      await page.waitForFunction(
        ([serial, text]) =>
          Array.from(document.querySelectorAll('[data-testid=items] tbody tr')).some(
            (tr) => tr.textContent?.includes(serial) === true && tr.textContent.includes(text),
          ),
        [serial, words('مشطوبة', 'Written off')] as const,
      );
      expect(await row.locator('[data-testid=item-commands]').count()).toBe(0);
      await page.context().close();
    });

    it('plans a base transfer — its vehicles, its members by id — and follows it on its own page', async () => {
      const { open, idOf, services, expectAccessible } = env();
      const [from, to] = [mine(), at('ALP-01', 'HAM-01')];
      const member = randomUUID();
      const page = await open(language, 'logistics');
      await follow(page, words('نقل المراكز', 'Base transfers'));
      await page.getByRole('button', { name: words('التخطيط لنقل مركز', 'Plan a base transfer') }).click();
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(words('اذكر المركزين واليوم والسبب.', 'Give both centres, the day and the reason.'))
        .waitFor();
      // To the centre it leaves: said by the form, before the service would refuse it.
      await dialog(page).locator('[name=fromCentreId]').selectOption(idOf(from));
      await dialog(page).locator('[name=toCentreId]').selectOption(idOf(from));
      const why = words('ينتقل الفريق إلى مقرّ جديد', 'The team moves into a new base');
      await dialog(page).locator('[name=reason]').fill(why);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(
          words('يكون النقل إلى مركز غير الذي يغادره.', 'A transfer goes to another centre than the one it leaves.'),
        )
        .waitFor();
      // To a centre levelled in the strikes (the demo's Homs 3): the service's refusal, in the reader's language.
      await dialog(page).locator('[name=toCentreId]').selectOption(idOf('HMS-03'));
      const vehicles = dialog(page).locator('[data-testid=plan-vehicles] input[type=checkbox]');
      await vehicles.first().waitFor();
      await vehicles.first().check();
      await dialog(page).locator('[name=memberIds]').fill(member);
      await dialog(page).locator('button[type=submit]').click();
      const refusal = dialog(page).locator('[role=alert][data-code=BASE_TRANSFER_DESTINATION_DESTROYED]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words(
          'دُمّرت الوجهة: اختر مركزًا آخر، أو سجّل قرارًا بإعادة بنائها.',
          'The destination was destroyed: choose another centre, or record a decision to rebuild it.',
        ),
      );
      await expectAccessible(page);
      await dialog(page).locator('[name=toCentreId]').selectOption(idOf(to));
      await dialog(page).locator('button[type=submit]').click();
      // Its own page: the plan, and how far it got.
      await page.waitForURL(/#\/transfers\/[0-9a-f-]{36}$/);
      const transferId = page.url().split('/').at(-1) as string;
      // The list gives way to the page (which alone shows the progress in words).
      await page.locator('[data-testid=transfer-progress]').waitFor();
      expect(await page.locator('[data-testid=transfer-status]').textContent()).toBe(words('مخطط له', 'Planned'));
      expect(await page.locator('main').textContent()).toContain(why);
      expect(await page.locator('[data-testid=transfer-progress]').textContent()).toBe(
        words('وصلت 0 من 1، وسُحبت 0', '0 of 1 arrived, 0 withdrawn'),
      );
      const vehicle = page.locator('[data-testid=transfer-vehicles] tbody tr').first();
      expect(await vehicle.textContent()).toContain(words('منتظرة', 'Awaited'));
      expect(await page.locator('[data-testid=transfer-members]').textContent()).toContain(member.slice(0, 8));
      await expectAccessible(page);
      // As the centres service holds it.
      const held = await services.centres.ok<{ memberIds: string[]; vehicles: unknown[]; reason: string }>(
        'GET',
        `/base-transfers/${transferId}`,
        await bearer(['logistics']),
      );
      expect(held).toMatchObject({ memberIds: [member], reason: why });
      expect(held.vehicles).toHaveLength(1);
      await page.context().close();
    });
  });
}
