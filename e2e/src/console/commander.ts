import { randomUUID } from 'node:crypto';
import { waitFor } from '@muster/testing';
import { bearer } from '../muster';
import { screenshot } from './browser';
import { ConsoleEnv } from './env';

interface Vehicle {
  readonly vehicleId: string;
  readonly plate: string;
  readonly centreId: string;
  readonly destinationCentreId: string | null;
  readonly odometerKm: number | null;
}

/** A centre commander: their own centre, and nothing of the others. */
export function commanderFlows(env: () => ConsoleEnv): void {
  describe.each(['ar', 'en'] as const)('a commander, in %s', (language) => {
    const words = (ar: string, en: string) => (language === 'ar' ? ar : en);

    it('sees their centre at a glance with its reasons, and is refused another centre', async () => {
      const { open, idOf, gateway, expectAccessible } = env();
      const page = await open(language, 'commander', idOf('ALP-01'));
      await page.waitForURL(new RegExp(`#/centres/${idOf('ALP-01')}$`));
      await page.locator('[data-testid=centre-readiness] [data-level]').waitFor();
      // Who is on duty, by call-sign, and the centre's vehicles: its own only.
      await page.locator('[data-testid=on-duty] tbody tr').first().waitFor();
      await page.locator('[data-testid=centre-vehicles] tbody tr').first().waitFor();
      await page.locator('[data-testid=hazards]').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'centre', language);

      await page.goto(`${gateway.url}/#/centres/${idOf('HMS-02')}`);
      const refusal = page.locator('[role=alert][data-code=CENTRE_NOT_FOUND]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words('لا يوجد مركز كهذا، أو أنّه ليس من مراكزك.', 'No such centre, or not one of yours.'),
      );
      // Nothing of that centre is asked for: neither its people nor its vehicles.
      expect(await page.locator('[data-testid=on-duty], [data-testid=centre-vehicles]').count()).toBe(0);
      await expectAccessible(page);
      await page.context().close();
    });

    it('reports a hazard found on site, cordons it off, and records its clearance, which closes it', async () => {
      const { open, idOf, expectAccessible } = env();
      const page = await open(language, 'commander', idOf(words('HMS-04', 'ALP-03')));
      const hazards = page.locator('[data-testid=hazards]');
      await hazards.getByRole('button', { name: words('الإبلاغ عن خطر', 'Report a hazard') }).click();
      const dialog = page.getByRole('dialog');
      const report = dialog.getByRole('button', { name: words('أبلغ عن الخطر', 'Report the hazard') });
      // Nothing said of it yet: the form asks for what, how severe and where before anything is sent.
      await report.click();
      await dialog
        .getByText(
          words('اذكر نوع الخطر ودرجة خطورته ومكانه واليوم.', 'Give what it is, how severe, where and the day.'),
        )
        .waitFor();
      await expectAccessible(page);
      const location = words('القبو، الدرج الشمالي', 'Basement, north stairwell');
      await dialog.locator('select[name=kind]').selectOption('unexploded-ordnance');
      await dialog.locator('select[name=severity]').selectOption('severe');
      await dialog.locator('input[name=location]').fill(location);
      await report.click();
      await dialog.waitFor({ state: 'detached' });
      const row = hazards.locator('tbody tr', { hasText: location });
      await row.waitFor();
      expect(await row.locator('td').first().textContent()).toBe(words('ذخائر غير منفجرة', 'Unexploded ordnance'));

      // Cordoned off the same day, then cleared by the disposal team: it leaves the open hazards.
      await row.getByRole('button', { name: words('تطويق', 'Cordon off'), exact: true }).click();
      await dialog.getByRole('button', { name: words('سجّل التطويق', 'Record the cordon') }).click();
      await dialog.waitFor({ state: 'detached' });
      await row.getByText(words('مطوّق', 'Cordoned off'), { exact: true }).waitFor();
      await row.getByRole('button', { name: words('إزالة', 'Clear'), exact: true }).click();
      const clear = dialog.getByRole('button', { name: words('سجّل الإزالة', 'Record the clearance') });
      await clear.click();
      await dialog
        .getByText(words('اذكر اليوم والجهة التي أزالته وكيف.', 'Give the day, who cleared it and how.'))
        .waitFor();
      await dialog.locator('input[name=clearedBy]').fill(words('فريق إزالة الذخائر، حمص', 'EOD team, Aleppo'));
      await dialog
        .locator('textarea[name=method]')
        .fill(words('نُقلت وفُجّرت خارج الموقع', 'Removed and destroyed off site'));
      await clear.click();
      await row.waitFor({ state: 'detached' });
      await page.context().close();
    });

    it('confirms the arrival of a vehicle on its way to their centre, which then counts it among its own', async () => {
      const { open, idOf, services, expectAccessible } = env();
      const [from, to] = [idOf('IDL-02'), idOf('IDL-03')];
      // A vehicle of IDL-02's no other flow moves (the last ones of its list), dispatched to IDL-03 through the API.
      const logistics = await bearer(['logistics']);
      const listed = await services.equipment.ok<{ items: Vehicle[] }>(
        'GET',
        `/vehicles?centreId=${from}&status=serviceable&limit=100`,
        logistics,
      );
      const atHome = listed.items.filter((v) => v.centreId === from && v.destinationCentreId === null);
      const vehicle = atHome.at(language === 'ar' ? -1 : -2) as Vehicle;
      const [driver] = (
        await services.personnel.ok<{ items: { memberId: string }[] }>(
          'GET',
          `/members?centreId=${from}&status=active&limit=1`,
          await bearer(['hr']),
        )
      ).items;
      const odometerOutKm = vehicle.odometerKm ?? 0;
      await services.equipment.ok('POST', `/vehicles/${vehicle.vehicleId}/dispatch`, logistics, {
        toCentreId: to,
        driverId: driver?.memberId,
        odometerOutKm,
        dispatchedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
        expectedArrivalAt: new Date(Date.now() - 3_600_000).toISOString(),
      });

      const page = await open(language, 'commander', to);
      const arriving = page.locator(`[data-testid=arrivals] tr[data-vehicle="${vehicle.vehicleId}"]`);
      await arriving.waitFor();
      await expectAccessible(page);
      await arriving.getByRole('button', { name: words('تأكيد الوصول', 'Confirm arrival') }).click();
      // Read at the gate, in the commander's own time zone: a few minutes ago.
      const [day, time] = await page.evaluate(() => {
        const at = new Date(Date.now() - 5 * 60_000);
        const two = (n: number) => String(n).padStart(2, '0');
        return [
          `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`,
          `${two(at.getHours())}:${two(at.getMinutes())}`,
        ];
      });
      const confirm = page.getByRole('button', { name: words('أكّد الوصول', 'Confirm the arrival') });
      // Less than when it left: the service refuses, in the reader's language.
      await page.locator('input[name=odometerInKm]').fill(String(Math.max(0, odometerOutKm - 10)));
      await page.locator('input[name=arrivedOn]').fill(day as string);
      await page.locator('input[name=arrivedTime]').fill(time as string);
      await confirm.click();
      const refusal = page.locator('[role=alert][data-code=ODOMETER_WENT_BACKWARDS]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words('قراءة العدّاد أقلّ منها عند مغادرة الآلية.', 'The odometer reads less than when the vehicle left.'),
      );
      await expectAccessible(page);
      await page.locator('input[name=odometerInKm]').fill(String(odometerOutKm + 35));
      await confirm.click();
      await arriving.waitFor({ state: 'detached', timeout: 15_000 });

      const arrived = await services.equipment.ok<Vehicle & { status: string }>(
        'GET',
        `/vehicles/${vehicle.vehicleId}`,
        logistics,
      );
      expect({ centreId: arrived.centreId, status: arrived.status }).toEqual({ centreId: to, status: 'serviceable' });
      await page.context().close();
    });

    it('confirms a base transfer to their centre once its vehicles are in, from the transfers list', async () => {
      const { open, idOf, gateway, services, expectAccessible } = env();
      const to = idOf(words('HMS-04', 'ALP-03'));
      const logistics = await bearer(['logistics']);
      const { id } = await services.centres.ok<{ id: string }>('POST', '/base-transfers', logistics, {
        fromCentreId: idOf(words('HMS-02', 'ALP-02')),
        toCentreId: to,
        memberIds: [randomUUID()],
        vehicleIds: [],
        plannedOn: new Date().toISOString().slice(0, 10),
        reason: words('ينتقل الفريق إلى المقر الجديد', 'The team moves into the new base'),
      });
      await services.centres.ok('POST', `/base-transfers/${id}/start`, logistics, {});
      // The list is a read model kept after commit: wait until it shows the transfer under way.
      await waitFor(
        async () =>
          (
            await services.centres.ok<{ items: { transferId: string; status: string }[] }>(
              'GET',
              `/base-transfers?centreId=${to}&status=started`,
              logistics,
            )
          ).items.some((t) => t.transferId === id),
        30_000,
        'the transfer in the list',
      );

      const page = await open(language, 'commander', to);
      await page.goto(`${gateway.url}/#/transfers`);
      const row = page.locator('[data-testid=transfers] tbody tr', {
        has: page.getByText(words('جارٍ', 'Under way'), { exact: true }),
      });
      await row.first().waitFor();
      await expectAccessible(page);
      await row
        .first()
        .getByRole('button', { name: words('تأكيد الوصول', 'Confirm arrival') })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: words('تأكيد', 'Confirm'), exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const completed = await services.centres.ok<{ status: string; effectiveOn: string | null }>(
        'GET',
        `/base-transfers/${id}`,
        logistics,
      );
      expect(completed).toMatchObject({ status: 'completed', effectiveOn: expect.any(String) });
      await page.context().close();
    });
  });
}
