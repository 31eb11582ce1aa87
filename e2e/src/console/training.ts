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

    it('the certification register: a certification suspended shows its new status, and the member their shortfall on their page', async () => {
      const { open, gateway, expectAccessible, services } = env();
      const token = await bearer(['training']);
      // The crew's two firefighting certifications recognised from prior service: one for each language.
      const recognised = (
        await services.training.ok<{
          items: { certificationId: string; memberId: string; basis: { kind: string } }[];
        }>('GET', '/certifications?competency=firefighting&limit=200', token)
      ).items
        .filter((c) => c.basis.kind === 'recognition')
        .sort((a, b) => a.certificationId.localeCompare(b.certificationId));
      const certification = recognised[language === 'ar' ? 0 : 1];
      if (!certification) throw new Error('the demo recognised fewer than two firefighters');
      const { certificationId, memberId } = certification;

      const page = await open(language, 'training');
      await follow(page, words('الشهادات', 'Certifications'));
      await page.locator('[data-testid=certifications] tbody tr').first().waitFor();
      await expectAccessible(page);
      // The member's certifications and compliance: they hold what their role requires.
      await page.locator('input[name=memberId]').fill(memberId);
      const row = page.locator(`[data-testid=certifications] tr[data-certification="${certificationId}"]`);
      await row.waitFor();
      expect(await row.locator('[data-testid=certification-status]').textContent()).toBe(words('سارية', 'Valid'));
      const lacking = page.locator('[data-testid=member-compliance] [data-testid=member-lacking]');
      await lacking.getByText(words('لا شيء: يحمل', 'Nothing: they hold')).waitFor();

      // Suspended: the reason is asked for by the form, then the row and the compliance say it.
      await row.getByRole('button', { name: words('تعليق', 'Suspend') }).click();
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).getByText(words('اذكر السبب.', 'Say why.')).waitFor();
      await expectAccessible(page);
      await dialog(page)
        .locator('[name=reason]')
        .fill(words('قيد التحقيق بعد حادث', 'Under investigation after an incident'));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await row
        .locator('[data-testid=certification-status][data-status=suspended]')
        .getByText(words('معلّقة', 'Suspended'))
        .waitFor();
      await lacking.getByText(words('الإطفاء — معلّقة', 'Firefighting — suspended')).waitFor();
      // What a suspended one allows: renewal, reinstatement, revocation — no second suspension.
      expect(await row.getByRole('button', { name: words('تعليق', 'Suspend'), exact: true }).count()).toBe(0);
      await row.getByRole('button', { name: words('إعادة التفعيل', 'Reinstate') }).waitFor();
      await expectAccessible(page);
      await page.context().close();

      // HR, on the member's page: the same shortfall, and the certification suspended — and no training command.
      const hr = await open(language, 'hr');
      await hr.goto(`${gateway.url}/#/members/${memberId}`);
      await hr
        .locator('[data-testid=member-training] [data-testid=member-lacking]')
        .getByText(words('الإطفاء — معلّقة', 'Firefighting — suspended'))
        .waitFor();
      const held = hr.locator(`[data-testid=member-certifications] tr[data-certification="${certificationId}"]`);
      await held.locator('[data-testid=certification-status][data-status=suspended]').waitFor();
      expect(await hr.locator('[data-testid=member-training] [data-testid=certification-commands]').count()).toBe(0);
      await expectAccessible(hr);
      await hr.context().close();
    });

    it('a recognition decision: refused before any evidence, granted after it', async () => {
      const { open, idOf, expectAccessible, services } = env();
      const token = await bearer(['training']);
      // The Homs crew's cases wait for their first decision: one for each language.
      const waiting = (
        await services.training.ok<{
          items: { caseId: string; receivingCentreId: string; evidence: unknown[] }[];
        }>('GET', '/recognition-cases?open=true&limit=200', token)
      ).items
        .filter((c) => c.receivingCentreId === idOf('HMS-01'))
        .sort((a, b) => a.caseId.localeCompare(b.caseId));
      const recognition = waiting[language === 'ar' ? 0 : 1];
      if (!recognition || recognition.evidence.length > 0) throw new Error('no Homs case waits for its evidence');
      const course = (
        await services.training.ok<{ items: { courseId: string; code: string }[] }>('GET', '/courses?limit=200', token)
      ).items.find((c) => c.code === 'FF-101');
      const inThreeYears = new Date(Date.now() + 3 * 365 * 86_400_000).toISOString().slice(0, 10);

      const page = await open(language, 'training');
      await follow(page, words('الاعتراف بالخبرة', 'Recognition'));
      const row = page.locator(`[data-testid=recognition] tr[data-case="${recognition.caseId}"]`);
      await row.waitFor();
      expect(await row.locator('[data-testid=evidence-count]').textContent()).toBe(
        words('لا أدلة بعد', 'No evidence yet'),
      );

      // A grant before any evidence: the form asks for the expiry of a course that expires, the service refuses it.
      await row.getByRole('button', { name: words('اعتراف', 'Recognise') }).click();
      await dialog(page)
        .locator('[name=courseId]')
        .selectOption(course?.courseId as string);
      await dialog(page).locator('[name=priorServiceIndex]').selectOption('0');
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(
          words(
            'شهادات هذا المقرر تنتهي: أدخل آخر يوم سريان.',
            "This course's certifications expire: give the last valid day.",
          ),
        )
        .waitFor();
      await dialog(page).locator('[name=expiresOn]').fill(inThreeYears);
      await dialog(page).locator('button[type=submit]').click();
      const refusal = dialog(page).locator('[role=alert][data-code=RECOGNITION_EVIDENCE_REQUIRED]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words('سجّل أولًا دليل التعلّم السابق', 'Record the evidence of prior learning first'),
      );
      await expectAccessible(page);
      await dialog(page)
        .getByRole('button', { name: words('إغلاق', 'Close') })
        .click();
      await dialog(page).waitFor({ state: 'detached' });

      // The evidence seen, then the grant goes through: the case says it is recognised.
      await row.getByRole('button', { name: words('تسجيل دليل', 'Record evidence') }).click();
      await dialog(page)
        .locator('[name=description]')
        .fill(
          words(
            'شهادة الفوج مُعايَنة؛ تمرين إطفاء حي في المركز',
            'Department certificate seen; live-fire drill observed',
          ),
        );
      await dialog(page).locator('[name=reference]').fill('HCFD-2291');
      await expectAccessible(page);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await row
        .locator('[data-testid=evidence-count]')
        .getByText(words('دليل واحد، ولا قرار بعد', '1 piece of evidence, no decision yet'))
        .waitFor();
      await row.getByRole('button', { name: words('اعتراف', 'Recognise') }).click();
      await dialog(page)
        .locator('[name=courseId]')
        .selectOption(course?.courseId as string);
      await dialog(page).locator('[name=priorServiceIndex]').selectOption('0');
      await dialog(page).locator('[name=expiresOn]').fill(inThreeYears);
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      await row.getByText(words('مُعترف بها: مُنحت الشهادة', 'recognised: certification granted')).waitFor();
      expect(await row.textContent()).toContain('FF-101');

      // The grant awards the certification (training's reaction, once it has run): the register shows it.
      const { memberId } = await services.training.ok<{ memberId: string }>(
        'GET',
        `/recognition-cases/${recognition.caseId}`,
        token,
      );
      await waitFor(
        async () =>
          (
            await services.training.ok<{ items: { competency: string }[] }>(
              'GET',
              `/certifications?memberId=${memberId}`,
              token,
            )
          ).items.some((c) => c.competency === 'firefighting'),
        20_000,
        'the firefighting certification awarded by the grant',
      );
      await follow(page, words('الشهادات', 'Certifications'));
      await page.locator('input[name=memberId]').fill(memberId);
      await page
        .locator('[data-testid=certifications] tbody tr', { hasText: 'RPL-FF-101-' })
        // The member's own row (the list shown before their filter applies holds the other grants too).
        .filter({ hasText: memberId.slice(0, 8) })
        .locator('[data-testid=certification-status][data-status=valid]')
        .waitFor();
      await page.context().close();
    });

    it('the catalogue kept: a course added (its names checked by the form), and a role requirement asked for a change', async () => {
      const { open, expectAccessible } = env();
      const code = words('ERW-201', 'ERW-202');
      const page = await open(language, 'training');
      await follow(page, words('دليل المقررات', 'Course catalogue'));
      await page.locator('[data-testid=courses] tbody tr').first().waitFor();

      await page.getByRole('button', { name: words('إضافة مقرر', 'Add a course') }).click();
      await dialog(page).locator('[name=code]').fill(code);
      // The Arabic name in Latin letters: caught by the form.
      await dialog(page).locator('[name=nameAr]').fill('Explosive remnants of war');
      await dialog(page).locator('[name=nameEn]').fill('Explosive remnants of war awareness');
      await dialog(page).locator('[name=competency]').fill('erw-awareness');
      await dialog(page).locator('[name=hours]').fill('16');
      await dialog(page).locator('[name=passMark]').fill('80');
      await dialog(page).locator('[name=validityMonths]').fill('24');
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).getByText(words('اكتب الاسم بالعربية.', 'Write the name in Arabic.')).waitFor();
      await expectAccessible(page);
      await dialog(page).locator('[name=nameAr]').fill('التوعية بمخلفات الحرب');
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page).waitFor({ state: 'detached' });
      const added = page.locator('[data-testid=courses] tbody tr', { hasText: code });
      await added.waitFor();
      expect(await added.textContent()).toContain(
        words('التوعية بمخلفات الحرب', 'Explosive remnants of war awareness'),
      );

      // What drivers require: the same list again is caught by the form (nothing is sent).
      const drivers = page.locator('[data-testid=role-requirements] tr[data-role=driver]');
      expect(await drivers.locator('[data-testid=required]').textContent()).toContain(words('القيادة', 'Driving'));
      await drivers.getByRole('button', { name: words('تغيير', 'Change') }).click();
      await dialog(page).locator('[name=reason]').fill(words('مراجعة', 'Review'));
      await dialog(page).locator('button[type=submit]').click();
      await dialog(page)
        .getByText(words('الدور يتطلّب هذه الكفاءات نفسها أصلًا.', 'The role already requires exactly these.'))
        .waitFor();
      await expectAccessible(page);
      await page.context().close();
    });
  });
}
