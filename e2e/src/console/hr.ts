import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Page } from 'playwright-core';
import { bearer } from '../muster';
import { Language, screenshot } from './browser';
import { ConsoleEnv, Services } from './env';

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** An applicant of this flow's own (no other flow knows them), through the API as an HR officer would record one. */
async function newApplicant(services: Services, label: string): Promise<string> {
  const { id } = await services.personnel.ok<{ id: string }>('POST', '/members', await bearer(['hr']), {
    callSign: `Zeta ${label} ${randomInt(10_000)}`,
    rolesSought: ['rescuer'],
    // Some days ago, so that any date the forms propose (today) comes after the record's own.
    appliedOn: day(-20),
    identity: {
      name: {
        arabic: { own: 'سلمى', father: 'خالد', grandfather: null, family: 'الحسن' },
        latin: { own: 'Salma', father: 'Khaled', grandfather: null, family: 'Al-Hassan' },
      },
    },
  });
  return id;
}

/** A member of this flow's own, active at the centre: applied, cleared and onboarded through the API. */
async function newMember(services: Services, label: string, centreId: string): Promise<string> {
  const id = await newApplicant(services, label);
  const hr = await bearer(['hr']);
  await services.personnel.ok('POST', `/members/${id}/vetting`, hr, { outcome: 'cleared', vettedOn: day(-15) });
  await services.personnel.ok('POST', `/members/${id}/onboarding`, hr, {
    centreId,
    roles: ['rescuer'],
    startsOn: day(-10),
  });
  return id;
}

/** Waits for `check` to hold, asking again every half second (a reaction in the service takes its moment). */
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** The member's status as the page shows it, once it reads `status`. */
const statusShown = (page: Page, status: string) =>
  page.locator('[data-testid=member-status]', { hasText: status }).waitFor({ timeout: 15_000 });

/**
 * HR's commands: the applicants queue, a crew intake, a member's life events, a death in the line of duty, the roster
 * export.
 */
export function hrFlows(env: () => ConsoleEnv): void {
  describe.each(['ar', 'en'] as const)('HR, in %s', (language: Language) => {
    const words = (ar: string, en: string) => (language === 'ar' ? ar : en);

    it('vets an applicant from the queue, then onboards them at a centre', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const applicant = await newApplicant(services, `${language} queue`);
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/applicants`);
      const waiting = page.locator(`[data-testid=queue-applied] tr[data-member="${applicant}"]`);
      await waiting.waitFor();
      await expectAccessible(page);
      await screenshot(page, 'applicants', language);

      await waiting.getByRole('button', { name: words('تدقيق', 'Vet') }).click();
      const record = page.getByRole('button', { name: words('سجّل التدقيق', 'Record the vetting') });
      // A rejection says why: checked before anything is sent.
      await page.getByRole('radio', { name: words('مرفوض', 'Rejected') }).check();
      await record.click();
      await page.getByText(words('الرفض يذكر سببه في الملاحظات.', 'A rejection says why, in the notes.')).waitFor();
      await expectAccessible(page);
      await page.getByRole('radio', { name: words('اجتاز التدقيق', 'Cleared') }).check();
      await record.click();

      const cleared = page.locator(`[data-testid=queue-cleared] tr[data-member="${applicant}"]`);
      await cleared.waitFor({ timeout: 15_000 });
      await cleared.getByRole('button', { name: words('ضمّ', 'Onboard') }).click();
      await page.locator('select[name=centreId]').selectOption(idOf('DRA-01'));
      await page.getByRole('checkbox', { name: words('منقذ', 'Rescuer'), exact: true }).check();
      await expectAccessible(page);
      await page.getByRole('button', { name: words('سجّل الضمّ', 'Record the onboarding') }).click();
      await cleared.waitFor({ state: 'detached', timeout: 15_000 });

      await page.goto(`${gateway.url}/#/members/${applicant}`);
      await statusShown(page, words('فاعل', 'Active'));
      await page.context().close();
    });

    it('integrates a crew: opens the intake, adds a person with prior service, vets, maps, completes', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/intakes`);
      await page.getByRole('button', { name: words('فتح عملية ضمّ طاقم', 'Open a crew intake') }).click();
      await page.locator('input[name=sourceOrganisation]').fill(words('فوج إطفاء درعا', 'Daraa Fire Brigade'));
      await page.locator('input[name=unitName]').fill(`E2E ${language}`);
      await page.locator('select[name=receivingCentreId]').selectOption(idOf('DRA-01'));
      await expectAccessible(page);
      await page.getByRole('button', { name: words('افتح عملية الضمّ', 'Open the intake') }).click();
      await page.waitForURL(/#\/intakes\/[0-9a-f-]{36}$/);
      await page.locator('[data-testid=intake-status][data-status=open]').waitFor();

      const callSign = `Ember ${language} ${randomInt(10_000)}`;
      await page.getByRole('button', { name: words('إضافة شخص', 'Add a person') }).click();
      await page.locator('input[name=callSign]').fill(callSign);
      await page.locator('input[name=arabicOwn]').fill('سامر');
      await page.locator('input[name=latinOwn]').fill('Samer');
      await page.locator('input[name="priorService.0.rankOrRole"]').fill(words('إطفائي', 'Firefighter'));
      await page.locator('input[name="priorService.0.from"]').fill('2008');
      await expectAccessible(page);
      await page.getByRole('button', { name: words('أضِفه', 'Add them') }).click();
      const person = page.locator(`[data-testid=intake-people] tr[data-person="${callSign}"]`);
      await person.waitFor({ timeout: 15_000 });

      await person.getByRole('button', { name: words('تدقيق', 'Vet') }).click();
      await page.getByRole('radio', { name: words('اجتاز التدقيق', 'Cleared') }).check();
      await page.getByRole('button', { name: words('سجّل التدقيق', 'Record the vetting') }).click();
      await person.getByRole('button', { name: words('مطابقة الرتب', 'Map ranks') }).click();
      await page.getByRole('button', { name: words('طابِق حسب الجدول', 'Map by the table') }).click();
      await person
        .locator('[data-testid=mapped-roles]', { hasText: words('إطفائي', 'Firefighter') })
        .waitFor({ timeout: 15_000 });
      await expectAccessible(page);

      await page.getByRole('button', { name: words('إكمال عملية الضمّ', 'Complete the intake') }).click();
      await page.getByRole('button', { name: words('أكمِل', 'Complete'), exact: true }).click();
      await page.locator('[data-testid=intake-status][data-status=completed]').waitFor({ timeout: 15_000 });
      const href = await person.locator('a').getAttribute('href');
      const memberId = (href ?? '').split('/').at(-1) as string;
      // The member follows from the completion, by the service's reaction.
      const hr = await bearer(['hr']);
      await until(
        'the crew member',
        async () => (await services.personnel.call('GET', `/members/${memberId}`, hr)).status === 200,
      );
      await person.locator('a').click();
      await statusShown(page, words('فاعل', 'Active'));
      await page.context().close();
    });

    it('registers an applicant with their whole identity, and sees them waiting in the queue', async () => {
      const { open, gateway, idOf, expectAccessible } = env();
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/applicants`);
      await page.getByRole('button', { name: words('تسجيل متقدّم بطلب', 'Register an applicant') }).click();
      // Early in the queue's order (by call-sign), so on its first page.
      const callSign = `Aaliyah ${language} ${randomInt(10_000)}`;
      await page.locator('input[name=callSign]').fill(callSign);
      await page.getByRole('checkbox', { name: words('مسعف', 'Paramedic'), exact: true }).check();
      await page.locator('select[name=preferredCentreId]').selectOption(idOf('DRA-01'));
      await page.locator('input[name=arabicOwn]').fill('عالية');
      await page.locator('input[name=arabicFather]').fill('سمير');
      await page.locator('input[name=arabicGrandfather]').fill('نزار');
      await page.locator('input[name=arabicFamily]').fill('الحسن');
      await page.locator('input[name=latinOwn]').fill('Aaliyah');
      // A Latin part typed in Arabic letters: caught by the form before anything is sent.
      await page.locator('input[name=latinFamily]').fill('الحسن');
      await page.getByRole('radio', { name: words('السنة فقط', 'The year only') }).check();
      await page.locator('input[name=birthYear]').fill('1996');
      await page.locator('input[name=nationalId]').fill(`07-${randomInt(1_000_000)}`);
      await page.locator('input[name=phone]').fill('+963 944 000 123');
      await page.locator('input[name=contactName]').fill(words('سمير الحسن', 'Samir Al-Hassan'));
      await page.locator('input[name=contactRelation]').fill(words('الأب', 'father'));
      await page.locator('input[name=contactPhone]').fill('+963 944 000 124');
      await page.locator('select[name=bloodType]').selectOption('O+');
      const register = page.getByRole('button', { name: words('سجّله', 'Register them') });
      await register.click();
      await page
        .getByText(words('اكتب الاسم اللاتيني بالحروف اللاتينية فقط.', 'Write the Latin name in Latin letters only.'))
        .waitFor();
      await expectAccessible(page);
      await page.locator('input[name=latinFamily]').fill('Al-Hassan');
      await register.click();

      const waiting = page.locator('[data-testid=queue-applied] tr', { hasText: callSign });
      await waiting.waitFor({ timeout: 15_000 });
      // The identity went to the service only: not into the address.
      expect(decodeURIComponent(page.url())).not.toContain('Al-Hassan');
      // What was sealed is what was typed: read back behind its purpose.
      const href = await waiting.getByRole('link').getAttribute('href');
      await page.goto(`${gateway.url}/${href ?? ''}`);
      await statusShown(page, words('متقدّم بطلب', 'Applied')).catch(async (e: unknown) => {
        throw new Error(`${String(e)}\n${page.url()}\n${await page.locator('main').innerText()}`);
      });
      await page.getByRole('button', { name: words('إظهار الهوية', 'Show identity') }).click();
      await page.locator('textarea[name=purpose]').fill(`e2e ${language}: checking a registration`);
      await page.getByRole('button', { name: words('إظهار', 'Show'), exact: true }).click();
      const identity = page.locator('[data-testid=identity]');
      await identity.waitFor();
      const shown = (await identity.textContent()) ?? '';
      for (const part of ['عالية', 'سمير', 'نزار', 'الحسن', 'Aaliyah', 'Al-Hassan', '+963 944 000 123', 'O+']) {
        expect(shown).toContain(part);
      }
      await page.context().close();
    });

    it('returns a member from leave, then changes their roles (an appointment refused in words)', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const member = await newMember(services, `${language} roles`, idOf('DRA-01'));
      await services.personnel.ok('POST', `/members/${member}/leave`, await bearer(['hr']), {
        from: day(-5),
        until: day(10),
        reason: 'family',
      });
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/members/${member}`);
      await statusShown(page, words('في إجازة', 'On leave'));

      await page.getByRole('button', { name: words('العودة من الإجازة', 'Return from leave') }).click();
      await page.locator('input[name=returnedOn]').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: words('سجّل العودة', 'Record the return') }).click();
      await statusShown(page, words('فاعل', 'Active'));
      await page
        .locator('[data-testid=timeline] td', { hasText: words('عاد من الإجازة', 'Returned from leave') })
        .first()
        .waitFor({ timeout: 15_000 });

      await page.getByRole('button', { name: words('تغيير الأدوار', 'Change roles') }).click();
      const recordRoles = page.getByRole('button', { name: words('سجّل تغيير الأدوار', 'Record the role change') });
      // The same roles again: caught by the form.
      await page.locator('textarea[name=reason]').fill(words('يقود المناوبة الليلية', 'leads the night shift'));
      await recordRoles.click();
      await page
        .getByText(words('يشغل المتطوّع هذه الأدوار نفسها الآن.', 'The member already holds exactly these roles.'))
        .waitFor();
      // Command of a centre is an administrator's appointment: the service refuses HR, in the reader's words.
      await page.getByRole('checkbox', { name: words('قائد فريق', 'Team leader'), exact: true }).check();
      await page.getByRole('checkbox', { name: words('قائد مركز', 'Centre commander'), exact: true }).check();
      await recordRoles.click();
      const refusal = page.locator('[role=alert][data-code=COMMANDER_APPOINTMENT_FORBIDDEN]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words('لا يعيّن قائدَ مركز إلا مشرف.', 'Only an administrator can appoint a centre commander.'),
      );
      await expectAccessible(page);
      await page.getByRole('checkbox', { name: words('قائد مركز', 'Centre commander'), exact: true }).uncheck();
      await recordRoles.click();
      await page
        .locator('[data-testid=timeline] td', { hasText: words('تغيّرت الأدوار', 'Roles changed') })
        .first()
        .waitFor({ timeout: 15_000 });
      // The roles as the page lists them, in the reader's language.
      await page
        .getByText(new Intl.ListFormat(language).format(words('منقذ|قائد فريق', 'Rescuer|Team leader').split('|')))
        .first()
        .waitFor();
      await page.context().close();
    });

    it('reviews a probation: an extension to a day before its end caught, a later one recorded', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const id = await newApplicant(services, `${language} probation`);
      const hr = await bearer(['hr']);
      await services.personnel.ok('POST', `/members/${id}/vetting`, hr, { outcome: 'cleared', vettedOn: day(-15) });
      await services.personnel.ok('POST', `/members/${id}/onboarding`, hr, {
        centreId: idOf('DRA-01'),
        roles: ['rescuer'],
        startsOn: day(-10),
        probationEndsOn: day(30),
      });
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/members/${id}`);
      await statusShown(page, words('فاعل', 'Active'));
      await page.getByRole('button', { name: words('مراجعة فترة التجربة', 'Review the probation') }).click();
      await page.getByRole('radio', { name: words('تمديد فترة التجربة', 'Extend the probation') }).check();
      await page.locator('input[name=newEndsOn]').fill(day(20));
      const record = page.getByRole('button', { name: words('سجّل المراجعة', 'Record the review') });
      await record.click();
      await page
        .getByText(
          words(
            'ينتهي التمديد بعد النهاية الحالية لفترة التجربة.',
            'An extension ends after the current end of the probation.',
          ),
        )
        .waitFor();
      await expectAccessible(page);
      await page.locator('input[name=newEndsOn]').fill(day(90));
      await page
        .locator('textarea[name=notes]')
        .fill(words('يحتاج وقتًا أطول في المركز', 'needs more time at the centre'));
      await record.click();
      await page
        .locator('[data-testid=timeline] td', { hasText: words('مُدّدت فترة التجربة', 'Probation extended') })
        .first()
        .waitFor({ timeout: 15_000 });
      await page.context().close();
    });

    it('reinstates a suspended member', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const member = await newMember(services, `${language} suspended`, idOf('DRA-01'));
      await services.personnel.ok('POST', `/members/${member}/suspension`, await bearer(['hr']), {
        since: day(-3),
        reason: 'inquiry',
      });
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/members/${member}`);
      await statusShown(page, words('موقوف', 'Suspended'));
      await page.getByRole('button', { name: words('إعادة إلى الخدمة', 'Reinstate'), exact: true }).click();
      await page.locator('input[name=reinstatedOn]').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: words('سجّل الإعادة إلى الخدمة', 'Record the reinstatement') }).click();
      await statusShown(page, words('فاعل', 'Active'));
      await page.context().close();
    });

    it('an intake person with two prior services: the table refuses ranks it does not know, the roles are chosen by hand; the intake is cancelled', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const { id: intakeId } = await services.personnel.ok<{ id: string }>(
        'POST',
        '/crew-intakes',
        await bearer(['hr']),
        {
          sourceOrganisation: words('الدفاع المدني في حلب', 'Aleppo Civil Defence'),
          unitName: `E2E stores ${language}`,
          receivingCentreId: idOf('DRA-01'),
          openedOn: day(-3),
        },
      );
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/intakes/${intakeId}`);
      await page.locator('[data-testid=intake-status][data-status=open]').waitFor();

      const callSign = `Quill ${language} ${randomInt(10_000)}`;
      await page.getByRole('button', { name: words('إضافة شخص', 'Add a person') }).click();
      await page.locator('input[name=callSign]').fill(callSign);
      await page.locator('input[name=arabicOwn]').fill('وسيم');
      await page.locator('input[name=latinOwn]').fill('Wassim');
      const storekeeper = words('أمين مستودع', 'Storekeeper');
      const clerk = words('كاتب', 'Clerk');
      await page.locator('input[name="priorService.0.rankOrRole"]').fill(storekeeper);
      await page.locator('input[name="priorService.0.from"]').fill('2004');
      await page.locator('input[name="priorService.0.to"]').fill('2010-06');
      await page.getByRole('button', { name: words('إضافة خدمة سابقة أخرى', 'Add another prior service') }).click();
      await page
        .locator('input[name="priorService.1.organisation"]')
        .fill(words('فوج إطفاء حلب', 'Aleppo Fire Brigade'));
      await page.locator('input[name="priorService.1.rankOrRole"]').fill(clerk);
      await page.locator('input[name="priorService.1.from"]').fill('2010-07');
      await expectAccessible(page);
      await page.getByRole('button', { name: words('أضِفه', 'Add them') }).click();
      const person = page.locator(`[data-testid=intake-people] tr[data-person="${callSign}"]`);
      await person.waitFor({ timeout: 15_000 });
      const services_ = (await person.textContent()) ?? '';
      expect(services_).toContain(storekeeper);
      expect(services_).toContain(clerk);

      await person.getByRole('button', { name: words('تدقيق', 'Vet') }).click();
      await page.getByRole('radio', { name: words('اجتاز التدقيق', 'Cleared') }).check();
      await page.getByRole('button', { name: words('سجّل التدقيق', 'Record the vetting') }).click();
      // Neither rank is in the table: the service refuses to map them by it, in the reader's words.
      await person.getByRole('button', { name: words('مطابقة الرتب', 'Map ranks') }).click();
      await page.getByRole('button', { name: words('طابِق حسب الجدول', 'Map by the table') }).click();
      const refusal = page.locator('[role=alert][data-code=UNMAPPED_PRIOR_RANK]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words(
          'لا تُعرف مهمّة في Muster لهذه الرتبة: يجب اختيار المهامّ يدويًّا.',
          'No Muster role is known for this rank: the roles must be chosen by hand.',
        ),
      );
      await expectAccessible(page);
      await page.keyboard.press('Escape');

      await person.getByRole('button', { name: words('اختيار المهامّ', 'Choose roles') }).click();
      await page.getByRole('checkbox', { name: words('منقذ', 'Rescuer'), exact: true }).check();
      await page
        .locator('textarea[name=reason]')
        .fill(words('عمل في الإنقاذ مع فوج الإطفاء', 'served on rescue calls with the fire brigade'));
      await expectAccessible(page);
      const recordRoles = page.getByRole('button', { name: words('سجّل المهامّ', 'Record the roles') });
      await recordRoles.click();
      await recordRoles.waitFor({ state: 'detached', timeout: 15_000 });
      await person
        .locator('[data-testid=mapped-roles]', { hasText: words('مختارة يدويًّا', 'chosen by hand') })
        .waitFor({ timeout: 15_000 });
      expect(await person.locator('[data-testid=mapped-roles]').textContent()).toContain(words('منقذ', 'Rescuer'));

      await page.getByRole('button', { name: words('إلغاء عملية الضمّ', 'Cancel the intake') }).click();
      await page
        .getByRole('textbox', { name: words('السبب', 'Reason'), exact: true })
        .fill(words('التحق الطاقم بمنظّمة أخرى', 'the crew joined another organisation'));
      await page.getByRole('button', { name: words('متابعة', 'Continue') }).click();
      const confirmation = page.locator('[data-testid=confirmation]');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain(`E2E stores ${language}`);
      await expectAccessible(page);
      await page.getByRole('button', { name: words('أكّد وسجّل', 'Confirm and record') }).click();
      await page.locator('[data-testid=intake-status][data-status=cancelled]').waitFor({ timeout: 15_000 });
      // A cancelled intake offers nothing more to do.
      expect(await page.getByRole('button', { name: words('إضافة شخص', 'Add a person') }).count()).toBe(0);
      await page.context().close();
    });

    it('transfers a member and records an injury; a dismissal is refused in words; the roster exports', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const member = await newMember(services, `${language} events`, idOf('DRA-01'));
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/members/${member}`);
      await statusShown(page, words('فاعل', 'Active'));

      await page.getByRole('button', { name: words('نقل', 'Transfer'), exact: true }).click();
      await page.locator('select[name=toCentreId]').selectOption(idOf('HAM-01'));
      await page.locator('textarea[name=reason]').fill(words('تعزيز فريق حماة', 'reinforcing the Hama team'));
      await expectAccessible(page);
      await page.getByRole('button', { name: words('سجّل النقل', 'Record the transfer') }).click();
      await page.locator('[data-testid=member-centre]', { hasText: 'HAM-01' }).waitFor({ timeout: 15_000 });

      await page.getByRole('button', { name: words('تسجيل إصابة', 'Record an injury') }).click();
      const recordInjury = page.getByRole('button', { name: words('سجّل الإصابة', 'Record the injury') });
      await recordInjury.click();
      await page
        .getByText(
          words(
            'الإصابة أثناء أداء الواجب تذكر الحادثة التي وقعت فيها.',
            'An injury in the line of duty names the incident behind it.',
          ),
        )
        .waitFor();
      await page.locator('input[name=incidentRef]').fill(`INC-E2E-${language}`);
      await recordInjury.click();
      await page
        .locator('[data-testid=timeline] td', { hasText: words('أُصيب', 'Injured') })
        .first()
        .waitFor({ timeout: 15_000 });

      // Dismissal is an administrator's: the service refuses HR, and the refusal is said in the reader's language.
      await page.getByRole('button', { name: words('تسجيل مغادرة', 'Record a departure') }).click();
      await page.locator('select[name=reason]').selectOption('dismissed');
      await page.getByRole('button', { name: words('سجّل المغادرة', 'Record the departure') }).click();
      const refusal = page.locator('[role=alert][data-code=DISMISSAL_FORBIDDEN]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        words('لا يفصل المتطوّع إلا مشرف.', 'Only an administrator can dismiss a member.'),
      );
      await expectAccessible(page);
      await page.keyboard.press('Escape');
      await statusShown(page, words('فاعل', 'Active'));

      // The export: the service's CSV, operational columns only.
      await page.goto(`${gateway.url}/#/members`);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: words('تنزيل القائمة (CSV)', 'Download the roster (CSV)') }).click();
      const csv = await readFile(await (await download).path(), 'utf8');
      const columns = 'memberId,callSign,status,centreId,roles,startedOn,probationEndsOn,identity'.split(',');
      expect(csv.split('\r\n')[0]).toBe(columns.map((c) => `"${c}"`).join(','));
      expect(csv).toContain(member);
      await page.context().close();
    });

    it('an administrator erases a member’s identity after its confirmation, and approves an identity export HR asked for', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const member = await newMember(services, `${language} erased`, idOf('DRA-01'));
      const { id: exportId } = await services.personnel.ok<{ id: string }>(
        'POST',
        '/identity-exports',
        await bearer(['hr']),
        { status: 'active', purpose: `e2e ${language}: insurance enrolment` },
      );
      const page = await open(language, 'admin');
      await page.goto(`${gateway.url}/#/members/${member}`);
      await statusShown(page, words('فاعل', 'Active'));

      await page.getByRole('button', { name: words('محو الهوية', 'Erase the identity') }).click();
      await page.locator('textarea[name=reason]').fill(words('طلبت العائلة ذلك', 'the family asked for it'));
      await page.getByRole('button', { name: words('متابعة', 'Continue') }).click();
      const confirmation = page.locator('[data-testid=confirmation]');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain(`${language} erased`);
      await expectAccessible(page);
      await page.getByRole('button', { name: words('أكّد وسجّل', 'Confirm and record') }).click();
      await page
        .getByRole('button', { name: words('محو الهوية', 'Erase the identity') })
        .waitFor({ state: 'detached', timeout: 15_000 });
      await page.getByRole('button', { name: words('إظهار الهوية', 'Show identity') }).click();
      await page.locator('textarea[name=purpose]').fill(`e2e ${language}: after the erasure`);
      await page.getByRole('button', { name: words('إظهار', 'Show'), exact: true }).click();
      await page
        .locator('[data-testid=identity]', { hasText: words('مُحيت هذه الهوية.', 'This identity was erased.') })
        .waitFor();
      await page.keyboard.press('Escape');

      // The approvers' queue: HR asked, the administrator (a second person) approves.
      await page.goto(`${gateway.url}/#/members`);
      const asked = page.locator(`[data-testid=identity-exports] tr[data-export="${exportId}"]`);
      await asked.waitFor();
      expect(await asked.textContent()).toContain(`e2e ${language}: insurance enrolment`);
      await asked.getByRole('button', { name: words('موافقة', 'Approve'), exact: true }).click();
      const approve = page.getByRole('button', { name: words('وافق على التصدير', 'Approve the export') });
      await approve.waitFor(); // judged once open, not while it mounts
      await expectAccessible(page);
      await approve.click();
      await asked.waitFor({ state: 'detached', timeout: 15_000 });
      await page.context().close();
    });

    it('records a death in the line of duty only after a confirmation, and shows it with dignity', async () => {
      const { open, services, gateway, idOf, expectAccessible } = env();
      const member = await newMember(services, `${language} fallen`, idOf('DRA-01'));
      const page = await open(language, 'hr');
      await page.goto(`${gateway.url}/#/members/${member}`);
      await statusShown(page, words('فاعل', 'Active'));

      await page
        .getByRole('button', { name: words('تسجيل استشهاد أثناء أداء الواجب', 'Record a death in the line of duty') })
        .click();
      await page.locator('input[name=incidentRef]').fill(`INC-DOUBLE-TAP-${language}`);
      await page.getByRole('button', { name: words('متابعة', 'Continue') }).click();
      const confirmation = page.locator('[data-testid=confirmation]');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain(`INC-DOUBLE-TAP-${language}`);
      await expectAccessible(page);
      // Nothing is recorded before the confirmation.
      await statusShown(page, words('فاعل', 'Active'));
      await page.getByRole('button', { name: words('أكّد وسجّل', 'Confirm and record') }).click();

      await statusShown(page, words('استُشهد أثناء أداء الواجب', 'Killed in the line of duty'));
      await page.getByText(words('نذكره دائمًا', 'We remember them')).waitFor();
      // A closed record offers no more life events.
      expect(await page.locator('[data-testid=life-events] button').count()).toBe(0);
      await expectAccessible(page);
      await page.context().close();
    });
  });
}
