import { randomUUID } from 'node:crypto';
import { Role } from '@muster/auth';
import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, centresService } from '../src/app.module';
import { departedMember, onboardedMember, registerCentre } from './support';

const outpost = { address: 'Former military outpost and fire station, Aleppo', coordinates: null };
const strike = { cause: 'air-strike', casualties: true, description: 'Struck in the night; ambulances disabled' };

describe('centres through the API', () => {
  let service: TestService;
  let admin: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, centresService);
    admin = await service.auth(['admin']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object, token = admin) =>
    service.http().post(path).set('Authorization', token).send(body);
  const get = (path: string, token = admin) => service.http().get(path).set('Authorization', token);
  const commanderOf = (centreId: string) =>
    service.auth(['commander'], { centres: [centreId], sub: `cmd-${centreId}` });

  it('tells a centre’s story: hit, destroyed, rebuilt by decision, degraded, moved, hazards found, closed, reopened', async () => {
    const id = await registerCentre(service, { code: 'ALP-02', governorate: 'Aleppo', nameEn: 'Aleppo Centre 2' });
    const commander = await commanderOf(id);
    const memberId = await onboardedMember(service, id);
    const steps: [path: string, body: object, token: string][] = [
      [`commander-appointments`, { memberId, appointedOn: '2014-01-01' }, admin],
      [
        `incidents`,
        { outcome: 'damaged', ...strike, occurredOn: '2016-04-12', incidentRef: 'INC-2016-0412' },
        commander,
      ],
      [
        `incidents`,
        { outcome: 'destroyed', ...strike, cause: 'double-tap-strike', occurredOn: '2016-04-13' },
        commander,
      ],
      [`rebuild-decision`, { decidedOn: '2019-07-01', decisionRef: 'BOARD-2019-07', note: 'Donor funds it' }, admin],
      [`commissioning`, { since: '2020-01-01' }, admin],
      [`degradation`, { since: '2024-12-01', reasons: ['no-power', 'road-cut'], note: 'Substation hit' }, commander],
      [`restoration`, { since: '2024-12-10', note: 'Power back' }, commander],
      [`relocations`, { site: outpost, relocatedOn: '2025-01-02', reason: 'Moved into the outpost' }, admin],
    ];
    let version = 3;
    for (const [path, body, token] of steps) {
      const res = await post(`/centres/${id}/${path}`, body, token).set('If-Match', `"${version}"`);
      expect({ path, status: res.status, body: res.body }).toMatchObject({
        path,
        status: 200,
        body: { id, version: version + 1 },
      });
      expect(res.headers['etag']).toBe(`"${version + 1}"`);
      version += 1;
    }
    const beforeHazards = new Date().toISOString();

    // Home-made explosives in the basement, and a cracked wall: reported, cordoned, one of them cleared.
    const explosives = await post(
      `/centres/${id}/hazards`,
      { kind: 'improvised-explosives', location: 'Basement', severity: 'severe', reportedOn: '2025-01-03' },
      commander,
    ).expect(201);
    expect(explosives.body).toEqual({ id, version: version + 1, hazardId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const wall = await post(
      `/centres/${id}/hazards`,
      {
        kind: 'structural',
        location: 'North wall',
        severity: 'moderate',
        description: 'Cracked',
        reportedOn: '2025-01-03',
      },
      commander,
    ).expect(201);
    const hazard = (h: { body: { hazardId: string } }) => `/centres/${id}/hazards/${h.body.hazardId}`;
    await post(`${hazard(explosives)}/cordon`, { cordonedOn: '2025-01-03', note: 'Basement sealed' }, commander).expect(
      200,
    );
    await post(
      `${hazard(wall)}/clearance`,
      { clearedOn: '2025-01-20', clearedBy: 'Engineers, Aleppo directorate', method: 'Wall shored and repaired' },
      commander,
    ).expect(200);
    await post(`/centres/${id}/closure`, {
      since: '2025-02-01',
      reason: 'Explosives in the basement',
      estimatedReopeningOn: '2025-03-01',
    }).expect(200);
    const reopened = await post(`/centres/${id}/reopening`, { since: '2025-03-01' }).expect(200);

    const profile = await get(`/centres/${id}`, commander).expect(200);
    expect(profile.headers['etag']).toBe(`"${reopened.body.version}"`);
    expect(profile.body).toMatchObject({
      centreId: id,
      version: reopened.body.version,
      code: 'ALP-02',
      governorate: 'Aleppo',
      status: 'operational',
      statusSince: '2025-03-01',
      commander: { memberId, appointedOn: '2014-01-01' },
      site: outpost,
    });
    expect(
      profile.body.statusHistory.map((s: { status: string; change: { kind: string } }) => [s.status, s.change.kind]),
    ).toEqual([
      ['operational', 'registered'],
      ['damaged', 'damaged'],
      ['destroyed', 'destroyed'],
      ['planned', 'rebuild-decided'],
      ['operational', 'commissioned'],
      ['degraded', 'degraded'],
      ['operational', 'restored'],
      ['closed', 'closed'],
      ['operational', 'reopened'],
    ]);
    expect(profile.body.statusHistory[2]).toMatchObject({
      since: '2016-04-13',
      change: {
        incident: { cause: 'double-tap-strike', occurredOn: '2016-04-13', casualties: true, incidentRef: null },
      },
    });
    expect(profile.body.siteHistory).toEqual([
      expect.objectContaining({
        site: expect.objectContaining({ address: 'Main road, Saraqib' }),
        until: '2025-01-02',
        reason: null,
      }),
      { site: outpost, from: '2025-01-02', until: null, reason: 'Moved into the outpost' },
    ]);
    expect(profile.body.openHazards).toEqual([
      expect.objectContaining({
        hazardId: explosives.body.hazardId,
        kind: 'improvised-explosives',
        severity: 'severe',
        reportedBy: `cmd-${id}`,
        cordon: { cordonedOn: '2025-01-03', note: 'Basement sealed', cordonedBy: `cmd-${id}` },
        clearance: null,
      }),
    ]);
    expect(profile.body.clearedHazards).toEqual([
      expect.objectContaining({
        hazardId: wall.body.hazardId,
        clearance: expect.objectContaining({ clearedOn: '2025-01-20' }),
      }),
    ]);

    // Every status change went out as CentreStatusChanged; nothing else did.
    const stream = await get(`/audit/streams/centre-${id}`, await service.auth(['auditor'])).expect(200);
    const changes = stream.body.events.filter((e: { type: string }) => e.type === 'CentreStatusChanged');
    expect(changes.map((e: { data: { status: string } }) => e.data.status)).toEqual([
      'damaged',
      'destroyed',
      'planned',
      'operational',
      'degraded',
      'operational',
      'closed',
      'operational',
    ]);

    // As the register knew it before the hazards were found: at the outpost, no hazard, operational.
    const past = await get(`/centres/${id}?asOf=${beforeHazards}`).expect(200);
    expect(past.body).toMatchObject({
      version,
      status: 'operational',
      site: outpost,
      openHazards: [],
      clearedHazards: [],
    });
    expect((await get(`/centres/${id}?asOf=2020-01-01`).expect(404)).body.code).toBe('CENTRE_NOT_FOUND');
    expect((await get(`/centres/${id}?asOf=yesterday`).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses illegal transitions and out-of-order dates with stable codes', async () => {
    const id = await registerCentre(service);
    const member = await onboardedMember(service, id);
    const gone = await onboardedMember(service, id);
    await departedMember(service, gone);
    const cases: [string, object, number, string][] = [
      ['commissioning', { since: '2025-01-01' }, 409, 'STATUS_TRANSITION_NOT_ALLOWED'],
      ['reopening', { since: '2025-01-01' }, 409, 'STATUS_TRANSITION_NOT_ALLOWED'],
      ['rebuild-decision', { decidedOn: '2025-01-01', decisionRef: 'B-1' }, 409, 'STATUS_TRANSITION_NOT_ALLOWED'],
      ['restoration', { since: '2025-01-01' }, 409, 'STATUS_TRANSITION_NOT_ALLOWED'],
      ['incidents', { outcome: 'destroyed', ...strike, occurredOn: '2025-01-05' }, 200, ''],
      ['restoration', { since: '2025-02-01' }, 409, 'CENTRE_DESTROYED'],
      ['closure', { since: '2025-02-01', reason: 'x' }, 409, 'CENTRE_DESTROYED'],
      ['rebuild-decision', { decidedOn: '2025-01-04', decisionRef: 'B-1' }, 422, 'STATUS_DATE_BEFORE_CURRENT'],
      ['rebuild-decision', { decidedOn: '2099-01-01', decisionRef: 'B-1' }, 422, 'DATE_IN_FUTURE'],
      ['rebuild-decision', { decidedOn: '2025-02-01', decisionRef: 'B-1' }, 200, ''],
      [
        'closure',
        { since: '2025-03-01', reason: 'x', estimatedReopeningOn: '2025-02-01' },
        422,
        'REOPENING_BEFORE_CLOSURE',
      ],
      [
        'relocations',
        {
          site: { address: 'main road, saraqib', coordinates: { latitude: 35.8617, longitude: 36.8011 } },
          relocatedOn: '2025-01-01',
          reason: 'x',
        },
        409,
        'CENTRE_ALREADY_AT_SITE',
      ],
      // Personnel has told centres of no such member: centres does not ask personnel, it refuses.
      [
        'commander-appointments',
        { memberId: randomUUID(), appointedOn: '2025-01-01' },
        422,
        'COMMANDER_NOT_ACTIVE_MEMBER',
      ],
      ['commander-appointments', { memberId: gone, appointedOn: '2025-01-01' }, 422, 'COMMANDER_NOT_ACTIVE_MEMBER'],
      ['commander-appointments', { memberId: member, appointedOn: '2025-01-01' }, 200, ''],
      ['commander-appointments', { memberId: member, appointedOn: '2025-02-01' }, 409, 'COMMANDER_ALREADY_APPOINTED'],
    ];
    for (const [path, body, status, code] of cases) {
      const res = await post(`/centres/${id}/${path}`, body);
      expect({ path, body, status: res.status, code: res.body.code }).toEqual({
        path,
        body,
        status,
        code: code || undefined,
      });
    }
    const hazard = `/centres/${id}/hazards/${randomUUID()}`;
    expect((await post(`${hazard}/cordon`, { cordonedOn: '2025-01-01' }).expect(404)).body.code).toBe(
      'HAZARD_NOT_FOUND',
    );
    expect((await post(`/centres/${randomUUID()}/commissioning`, { since: '2025-01-01' }).expect(404)).body.code).toBe(
      'CENTRE_NOT_FOUND',
    );
    expect((await get(`/centres/${randomUUID()}`).expect(404)).body.code).toBe('CENTRE_NOT_FOUND');
  });

  it('refuses bad input with 400 VALIDATION_FAILED on every route', async () => {
    const id = await registerCentre(service);
    const hazard = `hazards/${randomUUID()}`;
    const cases: [string, object][] = [
      ['relocations', { site: { address: 'x' }, relocatedOn: '2025-13-01', reason: 'x' }],
      ['relocations', { site: 'x', relocatedOn: '2025-01-01', reason: 'x' }],
      ['commander-appointments', { memberId: 'not-a-uuid', appointedOn: '2025-01-01' }],
      ['commissioning', { since: '2025-01-01', by: 'me' }],
      ['degradation', { since: '2025-01-01', reasons: [] }],
      ['degradation', { since: '2025-01-01', reasons: ['boredom'] }],
      ['restoration', {}],
      ['incidents', { outcome: 'scratched', ...strike, occurredOn: '2025-01-01' }],
      ['incidents', { outcome: 'damaged', ...strike, cause: 'meteor', occurredOn: '2025-01-01' }],
      ['incidents', { outcome: 'damaged', ...strike, casualties: 'yes', occurredOn: '2025-01-01' }],
      ['closure', { since: '2025-01-01' }],
      ['reopening', { since: 'soon' }],
      ['rebuild-decision', { decidedOn: '2025-01-01' }],
      ['hazards', { kind: 'ghost', location: 'x', severity: 'severe', reportedOn: '2025-01-01' }],
      ['hazards', { kind: 'chemical', location: 'x', severity: 'extreme', reportedOn: '2025-01-01' }],
      ['hazards', { kind: 'chemical', location: '', severity: 'low', reportedOn: '2025-01-01' }],
      [`${hazard}/cordon`, { cordonedOn: '2025-01-01', note: 'x'.repeat(1001) }],
      [`${hazard}/clearance`, { clearedOn: '2025-01-01', clearedBy: 'EOD' }],
    ];
    for (const [path, body] of cases) {
      const res = await post(`/centres/${id}/${path}`, body);
      expect({ path, body, status: res.status, code: res.body.code }).toEqual({
        path,
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    const details = await service
      .http()
      .put(`/centres/${id}/details`)
      .set('Authorization', admin)
      .send({ centreType: 'fire' });
    expect(details.status).toBe(400);
    expect((await post(`/centres/not-a-uuid/commissioning`, { since: '2025-01-01' }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await get(`/centres?status=open`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get(`/centres?limit=0`).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('updates the details (PUT) and refuses a stale If-Match, also when two officers race', async () => {
    const id = await registerCentre(service);
    const details = { centreType: 'fire', capacity: { people: 60, vehicleBays: 8 }, powerSupply: 'solar' };
    const put = () => service.http().put(`/centres/${id}/details`).set('Authorization', admin).send(details);
    expect((await put().set('If-Match', '"3"').expect(200)).body).toEqual({ id, version: 4 });
    const stale = await put().set('If-Match', '"3"').expect(409);
    expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { currentVersion: 4 } });
    const race = await Promise.all(
      ['2025-01-01', '2025-01-02'].map((since) =>
        post(`/centres/${id}/degradation`, { since, reasons: ['no-power'] }).set('If-Match', '"4"'),
      ),
    );
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await get(`/centres/${id}`).expect(200)).body).toMatchObject({
      version: 5,
      status: 'degraded',
      ...details,
    });
  });

  it('lets each role do what it may: commanders only for their own centre, a stranger’s centre answering as unknown', async () => {
    const mine = await registerCentre(service);
    const theirs = await registerCentre(service);
    const commander = await commanderOf(mine);
    const otherCommander = await commanderOf(theirs);
    const as = (roles: Role[]) => service.auth(roles);
    const hazardOf = async (centreId: string) =>
      (
        await post(
          `/centres/${centreId}/hazards`,
          { kind: 'unexploded-ordnance', location: 'Yard', severity: 'severe', reportedOn: '2025-01-03' },
          admin,
        ).expect(201)
      ).body.hazardId as string;

    // Commander routes: the centre's own commander, or an admin.
    const hazardId = await hazardOf(mine);
    const commanderRoutes: [string, object][] = [
      ['degradation', { since: '2025-01-04', reasons: ['road-cut'] }],
      ['restoration', { since: '2025-01-05' }],
      ['hazards', { kind: 'chemical', location: 'Store', severity: 'low', reportedOn: '2025-01-05' }],
      [`hazards/${hazardId}/cordon`, { cordonedOn: '2025-01-05' }],
      [`hazards/${hazardId}/clearance`, { clearedOn: '2025-01-06', clearedBy: 'EOD', method: 'Removed' }],
      ['incidents', { outcome: 'damaged', ...strike, occurredOn: '2025-01-07' }],
    ];
    for (const [path, body] of commanderRoutes) {
      for (const roles of [['logistics'], ['hr'], ['auditor'], ['training']] as Role[][]) {
        const res = await post(`/centres/${mine}/${path}`, body, await as(roles));
        expect({ path, roles, status: res.status, code: res.body.code }).toEqual({
          path,
          roles,
          status: 403,
          code: 'AUTH_FORBIDDEN_ROLE',
        });
      }
      const stranger = await post(`/centres/${mine}/${path}`, body, otherCommander);
      expect({ path, status: stranger.status, code: stranger.body.code }).toEqual({
        path,
        status: 404,
        code: 'CENTRE_NOT_FOUND',
      });
      const own = await post(`/centres/${mine}/${path}`, body, commander);
      expect({ path, status: own.status }).toEqual({ path, status: path === 'hazards' ? 201 : 200 });
    }

    // Admin routes: no commander, not even of the centre.
    const adminRoutes: [string, object][] = [
      ['commander-appointments', { memberId: randomUUID(), appointedOn: '2025-01-01' }],
      ['relocations', { site: outpost, relocatedOn: '2025-01-08', reason: 'Moved' }],
      ['closure', { since: '2025-01-09', reason: 'Unsafe' }],
      ['reopening', { since: '2025-01-10' }],
      ['rebuild-decision', { decidedOn: '2025-01-10', decisionRef: 'B-1' }],
      ['commissioning', { since: '2025-01-10' }],
    ];
    for (const [path, body] of adminRoutes) {
      for (const token of [commander, await as(['logistics']), await as(['hr']), await as(['auditor'])]) {
        const res = await post(`/centres/${mine}/${path}`, body, token);
        expect({ path, status: res.status, code: res.body.code }).toEqual({
          path,
          status: 403,
          code: 'AUTH_FORBIDDEN_ROLE',
        });
      }
    }
    const put = await service.http().put(`/centres/${mine}/details`).set('Authorization', commander).send({});
    expect(put.status).toBe(403);

    // Reads: every reading role sees every centre; a commander sees their own only.
    for (const roles of [['hr'], ['logistics'], ['training'], ['auditor'], ['admin']] as Role[][]) {
      const token = await as(roles);
      await get(`/centres/${theirs}`, token).expect(200);
      const list = await get(`/centres?limit=200`, token).expect(200);
      expect(list.body.items.map((c: { centreId: string }) => c.centreId)).toEqual(
        expect.arrayContaining([mine, theirs]),
      );
    }
    await get(`/centres/${mine}`, commander).expect(200);
    expect((await get(`/centres/${theirs}`, commander).expect(404)).body.code).toBe('CENTRE_NOT_FOUND');
    expect((await get(`/centres/${theirs}?asOf=${new Date().toISOString()}`, commander).expect(404)).body.code).toBe(
      'CENTRE_NOT_FOUND',
    );
    const own = await get(`/centres`, commander).expect(200);
    expect(own.body).toMatchObject({
      total: 1,
      items: [{ centreId: mine, status: 'damaged', openHazards: 1, openSevereHazards: 0 }],
    });
  });

  it('lists centres by governorate, status and type, paged', async () => {
    const governorate = `Hama-${randomUUID().slice(0, 6)}`;
    const [a, b, c] = [
      await registerCentre(service, { governorate, code: 'HMA-01', centreType: 'fire' }),
      await registerCentre(service, { governorate, code: 'HMA-02', centreType: 'ambulance' }),
      await registerCentre(service, { governorate, code: 'HMA-03', centreType: 'fire', status: 'planned' }),
    ];
    const ids = async (query: string) =>
      (await get(`/centres?governorate=${governorate}&${query}`).expect(200)).body.items.map(
        (i: { centreId: string }) => i.centreId,
      );
    expect(await ids('')).toEqual([a, b, c]);
    expect(await ids('centreType=fire')).toEqual([a, c]);
    expect(await ids('status=planned')).toEqual([c]);
    expect(await ids('limit=1&offset=1')).toEqual([b]);
    const page = await get(`/centres?governorate=${governorate}&limit=1`).expect(200);
    expect(page.body).toMatchObject({
      total: 3,
      limit: 1,
      offset: 0,
      items: [{ code: 'HMA-01', governorate, status: 'operational' }],
    });
  });
});
