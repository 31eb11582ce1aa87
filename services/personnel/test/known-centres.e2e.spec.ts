import { randomUUID } from 'node:crypto';
import { CentreRegistered, CentreStatusChanged } from '@muster/contracts';
import { envelopeOf, knownCentre, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { AppModule, personnelService } from '../src/app.module';
import { activeMember, applyMember, identityFixture } from './support';

/** Personnel learns of centres only from the centres service's topic, and refuses a request naming one it does not know. */
describe('centres as personnel knows them', () => {
  let service: TestService;
  let hr: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService);
    hr = await service.auth(['hr']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object) => service.http().post(path).set('Authorization', hr).send(body);
  const known = (centreId: string) => service.http().get(`/known-centres/${centreId}`).set('Authorization', hr);
  const registered = (centreId: string, streamVersion = 1) => ({
    ...envelopeOf('centres', CentreRegistered.type, `centre-${centreId}`, {
      centreId,
      code: 'IDL-07',
      governorate: 'Idlib',
      status: 'planned',
    }),
    streamVersion,
  });

  it('refuses an application, onboarding, transfer or crew intake naming a centre it does not know, recording nothing', async () => {
    const unknown = randomUUID();
    const member = await activeMember(service, await knownCentre(service));
    const applicant = await applyMember(service);
    await post(`/members/${applicant.id}/vetting`, { outcome: 'cleared', vettedOn: '2025-01-15' }).expect(200);
    const refused: Array<[string, object]> = [
      [`/members/${member.id}/transfers`, { toCentreId: unknown, effectiveOn: '2025-03-01', reason: 'Move' }],
      [`/members/${applicant.id}/onboarding`, { centreId: unknown, roles: ['rescuer'], startsOn: '2025-02-01' }],
      [
        '/members',
        {
          callSign: 'Kite',
          rolesSought: ['rescuer'],
          appliedOn: '2025-01-10',
          identity: identityFixture(),
          preferredCentreId: unknown,
        },
      ],
      [
        '/crew-intakes',
        { sourceOrganisation: 'Brigade', unitName: 'Station 3', receivingCentreId: unknown, openedOn: '2025-01-05' },
      ],
    ];
    for (const [path, body] of refused) {
      const res = await post(path, body);
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 422, code: 'UNKNOWN_CENTRE' });
      expect(res.body.message).toContain('not known to the personnel service (yet)');
    }
    expect((await known(unknown).expect(404)).body.code).toBe('UNKNOWN_CENTRE');
    const audit = await service.auth(['auditor']);
    const events = await service.http().get(`/audit/streams/member-${member.id}`).set('Authorization', audit);
    expect(events.body.events.map((e: { type: string }) => e.type)).not.toContain('MemberTransferred');
  });

  it('knows a centre once its registration arrives on the centres topic, and then takes people there', async () => {
    const centreId = randomUUID();
    await publish(registered(centreId));
    await waitFor(async () => (await known(centreId)).status === 200, 30_000, 'the centre known');
    expect((await known(centreId)).body).toMatchObject({
      centreId,
      code: 'IDL-07',
      governorate: 'Idlib',
      status: 'planned',
    });
    await activeMember(service, centreId);
  });

  it('keeps a status change that arrives before the registration, and does not let the late registration undo it', async () => {
    const centreId = randomUUID();
    const closed = {
      ...envelopeOf('centres', CentreStatusChanged.type, `centre-${centreId}`, {
        centreId,
        status: 'closed',
        since: '2025-04-01',
      }),
      streamVersion: 3,
    };
    await publish(closed);
    await waitFor(async () => (await known(centreId)).status === 200, 30_000, 'the centre known from its status');
    expect((await known(centreId)).body).toMatchObject({ centreId, code: null, status: 'closed', since: '2025-04-01' });
    // The registration (version 1) arrives late, and twice: it adds the code, the newer status stays.
    const late = registered(centreId);
    await publish(late, late);
    await waitFor(async () => (await known(centreId)).body.code === 'IDL-07', 30_000, 'the code from the registration');
    expect((await known(centreId)).body).toMatchObject({ status: 'closed', since: '2025-04-01', governorate: 'Idlib' });
  });
});
