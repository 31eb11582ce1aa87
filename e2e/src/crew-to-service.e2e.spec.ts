import { randomUUID } from 'node:crypto';
import { waitFor } from '@muster/testing';
import { Answer, bearer, RunningService } from './muster';

/**
 * A crew of former state firefighters, told by three real services over the real broker: personnel integrates it,
 * training opens one recognition case per cleared person, probation is confirmed only once training has reported
 * the induction, and when one of them is killed, equipment opens one recovery for what they held.
 */
describe('an integrated crew across personnel, training and equipment', () => {
  let personnel: RunningService;
  let training: RunningService;
  let equipment: RunningService;
  let hr: string;
  let trainer: string;
  let logistics: string;
  const centre = randomUUID();

  beforeAll(async () => {
    [personnel, training, equipment] = await Promise.all([
      RunningService.start('personnel'),
      RunningService.start('training'),
      RunningService.start('equipment'),
    ]);
    [hr, trainer, logistics] = await Promise.all([bearer(['hr']), bearer(['training']), bearer(['logistics'])]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([personnel?.stop(), training?.stop(), equipment?.stop()]);
  }, 60_000);

  const identity = (family: string) => ({
    name: {
      arabic: { own: 'سامر', father: 'أحمد', grandfather: 'يوسف', family: 'الإطفائي' },
      latin: { own: 'Samer', father: 'Ahmad', grandfather: 'Youssef', family },
    },
    dateOfBirth: { kind: 'year', year: 1985 },
    nationalId: `NID${randomUUID().slice(0, 8)}`,
    phone: '+963 944 555 000',
    homeArea: 'Aleppo',
    emergencyContact: { name: 'Rima', relation: 'wife', phone: '+963 944 555 001' },
    bloodType: 'B+',
  });

  it('recognises each cleared person once, confirms probation only after the induction, recovers a fallen one’s kit', async () => {
    // Personnel integrates the crew: two cleared, one rejected.
    const intake = await personnel.ok('POST', '/crew-intakes', hr, {
      sourceOrganisation: 'Aleppo State Fire Brigade',
      unitName: 'Station 3',
      receivingCentreId: centre,
      openedOn: '2025-01-05',
    });
    const intakeId = intake['id'] as string;
    const people: { personId: string; memberId: string }[] = [];
    for (const [callSign, family] of [
      ['Ember-1', 'Khatib'],
      ['Ember-2', 'Sabbagh'],
      ['Ember-3', 'Najjar'],
    ] as const) {
      const person = await personnel.ok('POST', `/crew-intakes/${intakeId}/people`, hr, {
        callSign,
        identity: identity(family),
        priorService: [{ organisation: 'State Fire Brigade', rankOrRole: 'Firefighter', from: '2010', to: '2024-12' }],
      });
      people.push({ personId: person['personId'] as string, memberId: person['memberId'] as string });
    }
    const [first, second, rejected] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    for (const { personId } of [first, second]) {
      await personnel.ok('POST', `/crew-intakes/${intakeId}/people/${personId}/vetting`, hr, {
        outcome: 'cleared',
        vettedOn: '2025-01-10',
      });
      await personnel.ok('POST', `/crew-intakes/${intakeId}/people/${personId}/rank-mapping`, hr, {});
    }
    await personnel.ok('POST', `/crew-intakes/${intakeId}/people/${rejected.personId}/vetting`, hr, {
      outcome: 'rejected',
      vettedOn: '2025-01-10',
      notes: 'Abuses reported by residents',
    });
    await personnel.ok('POST', `/crew-intakes/${intakeId}/completion`, hr, {
      completedOn: '2025-02-01',
      probationMonths: 6,
    });

    // Training opens one recognition case per cleared person, and none for the rejected one.
    const cases = async () => training.ok('GET', `/recognition-cases?intakeId=${intakeId}`, trainer);
    await waitFor(async () => (await cases())['total'] === 2, 60_000, 'the recognition cases');
    const opened = (await cases())['items'] as { memberId: string }[];
    expect(opened.map((c) => c.memberId).sort()).toEqual([first.memberId, second.memberId].sort());

    // Probation cannot be confirmed before the induction.
    const confirm = (): Promise<Answer> =>
      personnel.call('POST', `/members/${first.memberId}/probation-review`, hr, {
        reviewedOn: '2025-08-01',
        outcome: 'confirm',
      });
    await waitFor(
      async () => (await personnel.call('GET', `/members/${first.memberId}`, hr)).status === 200,
      60_000,
      'the member made',
    );
    const early = await confirm();
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 409, code: 'INDUCTION_NOT_COMPLETED' });

    // Training runs the induction; the first member passes.
    const course = await training.ok('POST', '/courses', trainer, {
      code: `IND-${randomUUID().slice(0, 4).toUpperCase()}`,
      nameAr: 'التعريف بالمبادئ الإنسانية',
      nameEn: 'Induction: humanitarian principles',
      competency: 'induction',
      hours: 16,
      passMark: 60,
      validityMonths: null,
      prerequisites: [],
      isInduction: true,
    });
    const session = await training.ok('POST', '/sessions', trainer, {
      courseId: course['id'],
      centreId: centre,
      instructorIds: [second.memberId],
      startsOn: '2025-03-01',
      endsOn: '2025-03-02',
      capacity: 10,
    });
    const sessionId = session['id'] as string;
    // Training knows the member once personnel's onboarding has reached it.
    await waitFor(
      async () =>
        (
          await training.call('POST', `/sessions/${sessionId}/enrolments`, trainer, {
            memberId: first.memberId,
            enrolledOn: '2025-02-20',
          })
        ).status === 200,
      60_000,
      'the member enrolled',
    );
    await training.ok('POST', `/sessions/${sessionId}/results`, trainer, {
      memberId: first.memberId,
      score: 85,
      resultOn: '2025-03-02',
    });

    let status = 0;
    await waitFor(async () => (status = (await confirm()).status) !== 409, 60_000, 'the induction reaching personnel');
    expect(status).toBe(200);
    expect(await personnel.ok('GET', `/members/${first.memberId}`, hr)).toMatchObject({ status: 'active' });

    // The second is killed in a double-tap strike: what they held comes back through one recovery.
    const camera = await equipment.ok('POST', '/items', logistics, {
      centreId: centre,
      acquiredOn: '2025-01-01',
      type: 'helmet-camera',
      description: 'Helmet camera',
      serialNumber: `HC-${randomUUID().slice(0, 6)}`,
    });
    await equipment.ok('POST', `/items/${camera['id']}/issue`, logistics, {
      holder: { kind: 'member', id: second.memberId },
      quantity: 1,
      issuedOn: '2025-03-05',
    });
    await personnel.ok('POST', `/members/${second.memberId}/death-in-line-of-duty`, hr, {
      diedOn: '2025-04-10',
      incidentRef: 'INC-2025-0410',
      circumstances: 'Second strike on the rescue site',
    });
    const recoveries = async () =>
      (await equipment.ok('GET', `/recoveries?memberId=${second.memberId}`, logistics))['items'] as {
        cause: string;
        items: { itemId: string; outstanding: number }[];
      }[];
    await waitFor(async () => (await recoveries()).length > 0, 60_000, 'the recovery opened');
    const [recovery] = await recoveries();
    expect(await recoveries()).toHaveLength(1);
    expect(recovery).toMatchObject({
      cause: 'killed-in-line-of-duty',
      items: [expect.objectContaining({ itemId: camera['id'], outstanding: 1 })],
    });
  }, 300_000);
});
