import { waitFor } from '@muster/testing';
import { Page } from 'playwright-core';
import { bearer } from '../muster';
import { follow, screenshot } from './browser';
import { ConsoleEnv } from './env';

/** A training manager: the catalogue, a session's enrolment and results, compliance and what expires soon. */
export function trainingFlows(env: () => ConsoleEnv): void {
  describe.each(['ar', 'en'] as const)('training, in %s', (language) => {
    const words = (ar: string, en: string) => (language === 'ar' ? ar : en);
    const dialog = (page: Page) => page.getByRole('dialog');

    it('enrols a member who lacks a competency and records their pass; a result before the session is refused', async () => {
      const { open, idOf, gateway, expectAccessible, services } = env();
      // ALP-01 trained no rescuers or firefighters: they lack what their roles require, and can join its driving course.
      const sessions = await services.training.ok<{
        items: { sessionId: string; courseCode: string; startsOn: string }[];
      }>('GET', `/sessions?centreId=${idOf('ALP-01')}`, await bearer(['training']));
      const session = sessions.items.find((s) => s.courseCode === 'DRV-101');
      if (!session) throw new Error('the demo has no driving session at ALP-01');

      const page = await open(language, 'training');
      await page.waitForURL(/#\/sessions$/);
      await page.locator('[data-testid=sessions] tbody tr').first().waitFor();
      await expectAccessible(page);
      await page.goto(`${gateway.url}/#/sessions/${session.sessionId}`);
      const rows = page.locator('[data-testid=enrolments] tbody tr');
      await rows.first().waitFor();
      const enrolled = await rows.count();

      await page.getByRole('button', { name: words('تسجيل عضو', 'Enrol a member') }).click();
      const member = dialog(page).locator('[name=memberId]');
      // The centre's members lacking something, once training has answered.
      await dialog(page).locator('[name=memberId] option:nth-child(2)').waitFor({ state: 'attached' });
      const memberId = await member.locator('option:nth-child(2)').getAttribute('value');
      await member.selectOption(memberId as string);
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      const row = page.locator(`[data-testid=enrolments] tbody tr[data-member="${memberId}"]`);
      await row.waitFor();
      expect(await rows.count()).toBe(enrolled + 1);

      // The result, first dated the day before the session began: refused by the session's rule, in words.
      await row.getByRole('button', { name: words('تسجيل النتيجة', 'Record result') }).click();
      await dialog(page).locator('[name=score]').fill('101');
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).getByText(words('عدد صحيح من 0 إلى 100.', 'A whole number from 0 to 100.')).waitFor();
      await dialog(page).locator('[name=score]').fill('85');
      const dayBefore = new Date(Date.parse(`${session.startsOn}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      await dialog(page).locator('[name=resultOn]').fill(dayBefore);
      await dialog(page).locator('button[type=submit]').click();
      const refusal = page.locator('[role=alert][data-code=RESULT_BEFORE_SESSION]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words('لا يمكن أن يسبق تاريخ النتيجة بداية الدورة.', 'A result cannot be dated before the session starts.'),
      );
      await expectAccessible(page);
      await dialog(page).locator('[name=resultOn]').fill(new Date().toISOString().slice(0, 10));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await row.getByText(words('ناجح (85)', 'Passed (85)')).waitFor();
      await screenshot(page, 'session', language);

      // The pass awards a driving certification (certification's reaction to the result): training's register has it.
      const token = await bearer(['training']);
      await waitFor(
        async () =>
          (
            await services.training.ok<{ items: { competency: string; status: string }[] }>(
              'GET',
              `/certifications?memberId=${memberId}`,
              token,
            )
          ).items.some((c) => c.competency === 'driving' && c.status === 'valid'),
        20_000,
        'the driving certification awarded by the pass',
      );
      await page.context().close();
    });

    it('schedules a session, and records an enrolled member absent on one of its days', async () => {
      const { open, idOf, expectAccessible, services } = env();
      // A centre of this language's own, where no other flow looks at sessions.
      const code = words('HMS-02', 'IDL-03');
      const [instructor, trainee] = (
        await services.personnel.ok<{ items: { memberId: string }[] }>(
          'GET',
          `/members?limit=2&status=active&centreId=${idOf(code)}`,
          await bearer(['hr']),
        )
      ).items.map((m) => m.memberId) as [string, string];
      const token = await bearer(['training']);
      const course = (
        await services.training.ok<{ items: { courseId: string; code: string }[] }>('GET', '/courses?limit=200', token)
      ).items.find((c) => c.code === 'DRV-101');
      const day = (days: number) => {
        const at = new Date(Date.now() + days * 86_400_000);
        return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
      };

      const page = await open(language, 'training');
      await page.waitForURL(/#\/sessions$/);
      await page.getByRole('button', { name: words('جدولة دورة', 'Schedule a session') }).click();
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(
          words(
            'أدخل مدرّبًا واحدًا على الأقل، كلًّا بمعرّف العضو (UUID).',
            'Give at least one instructor, each by member id (a UUID).',
          ),
        )
        .waitFor();
      await expectAccessible(page);
      await dialog(page)
        .locator('[name=courseId]')
        .selectOption(course?.courseId as string);
      await dialog(page).locator('[name=centreId]').selectOption(idOf(code));
      await dialog(page).locator('[name=instructorIds]').fill(instructor);
      await dialog(page).locator('[name=startsOn]').fill(day(0));
      await dialog(page).locator('[name=endsOn]').fill(day(2));
      await dialog(page).locator('[name=capacity]').fill('12');
      await dialog(page).locator('button[type=submit]').click();
      // The new session opens: its course, and no one enrolled yet.
      await page.waitForURL(/#\/sessions\/[0-9a-f-]{36}$/);
      await page.locator('main h2', { hasText: 'DRV-101' }).waitFor();
      const sessionId = /#\/sessions\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
      await services.training.ok('POST', `/sessions/${sessionId}/enrolments`, token, {
        memberId: trainee,
        enrolledOn: day(0),
      });
      await page.reload();
      const row = page.locator(`[data-testid=enrolments] tbody tr[data-member="${trainee}"]`);
      await row.waitFor();
      const attendance = row.locator('[data-testid=attendance]');
      expect(await attendance.textContent()).toBe(words('حضور: 0 · غياب: 0', 'Present: 0 · Absent: 0'));

      // A day after the session: caught by the form; then absent today.
      await row.getByRole('button', { name: words('تسجيل الحضور', 'Record attendance') }).click();
      await dialog(page).locator('[name=day]').fill(day(5));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).getByText(words('اختر يومًا من أيام الدورة.', "Choose one of the session's days.")).waitFor();
      await dialog(page).locator('[name=day]').fill(day(0));
      await dialog(page)
        .getByRole('radio', { name: words('غائبًا', 'Absent') })
        .check();
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await page.waitForFunction(
        ([member, text]) =>
          document.querySelector(`tr[data-member="${member}"] [data-testid=attendance]`)?.textContent === text,
        [trainee, words('حضور: 0 · غياب: 1', 'Present: 0 · Absent: 1')] as const,
      );
      await page.context().close();
    });

    it('the catalogue, and compliance: who lacks what at a centre, and what expires soon', async () => {
      const { open, idOf, expectAccessible } = env();
      const page = await open(language, 'training');
      await follow(page, words('دليل المقررات', 'Course catalogue'));
      await page.locator('[data-testid=courses] tbody tr').first().waitFor();
      expect(await page.locator('[data-testid=courses] tbody').textContent()).toContain(
        words('الإسعافات الأولية', 'First aid'),
      );
      await expectAccessible(page);

      await follow(page, words('الامتثال', 'Compliance'));
      await page.getByLabel(words('المركز', 'Centre')).selectOption(idOf('HAM-01'));
      // The demo trained no one in first aid: every rescuer lacks it, with why.
      await page.locator('[data-testid=lacking] tbody tr').first().waitFor();
      expect(await page.locator('[data-testid=lacking] tbody').textContent()).toContain(
        words('الإسعافات الأولية — لم يُمنح شهادة قط', 'First aid — never certified'),
      );
      await expectAccessible(page);
      await screenshot(page, 'compliance', language);

      // The crew integrated into the outpost: two recognised as firefighters, the others sent to a refresher.
      await follow(page, words('الاعتراف بالخبرة', 'Recognition'));
      await page.locator('[data-testid=recognition] tbody tr').first().waitFor();
      await page.getByLabel(words('الحالة', 'Status')).selectOption('all');
      const cases = page.locator('[data-testid=recognition] tbody');
      await cases.getByText(words('مُعترف بها: مُنحت الشهادة', 'recognised: certification granted')).first().waitFor();
      await cases.getByText(words('تلزم دورة تنشيطية', 'refresher course required')).first().waitFor();
      await expectAccessible(page);
      await page.context().close();
    });
  });
}
