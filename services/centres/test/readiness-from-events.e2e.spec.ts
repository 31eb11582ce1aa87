import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@muster/auth';
import { EventEnvelope } from '@muster/contracts';
import { envelopeOf, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { AppModule, centresService } from '../src/app.module';
import { registerCentre } from './support';

/*
 * Readiness from the three upstream topics of the shared broker. Its facts are dated in 1971, before anything the
 * other specs publish, so that on 1971-02-01 training and equipment had published nothing yet (unknown), and by
 * 1971-12-31 they had (known).
 */

const today = () => new Date().toISOString().slice(0, 10);

const member = (memberId: string, type: string, data: object) =>
  envelopeOf('personnel', type, `member-${memberId}`, data);
const onboarded = (memberId: string, centreId: string, roles: string[]) =>
  member(memberId, 'MemberOnboarded', { centreId, roles, startsOn: '1971-01-01' });
const certified = (memberId: string, competency: string, issuedOn = '1971-06-01') => {
  const certificationId = randomUUID();
  return envelopeOf('training', 'CertificationAwarded', `certification-${certificationId}`, {
    certificationId,
    memberId,
    competency,
    issuedOn,
    expiresOn: null,
  });
};
/** An equipment event as recorded at `occurredAt` (a vehicle's registration and status take effect then). */
const vehicleEvent = (vehicleId: string, type: string, occurredAt: string, data: object): EventEnvelope => ({
  ...envelopeOf('equipment', type, `vehicle-${vehicleId}`, { vehicleId, ...data }),
  occurredAt,
});

describe('centre readiness, from personnel, training and equipment over the broker', () => {
  let service: TestService;
  let db: DataSource;
  let centre: string;
  let other: string;
  const [m1, m2, m3, m4, m5, m6] = Array.from({ length: 6 }, () => randomUUID());
  const sentinels: string[] = [];

  const token = (roles: Role[], centres: string[] = []) =>
    service.auth(roles, { centres, sub: `user-${roles.join('-')}-${centres.join('-')}` });
  /** GET as a caller with these roles (and centres), expecting `status`. */
  const get = async (path: string, status = 200, roles: Role[] = ['logistics'], centres: string[] = []) =>
    service
      .http()
      .get(path)
      .set('Authorization', await token(roles, centres))
      .expect(status);
  const readiness = async (centreId: string, asOf?: string) =>
    (await get(`/centres/${centreId}/readiness${asOf ? `?asOf=${asOf}` : ''}`)).body;
  /** Publishes, then waits until a last personnel event of its own (after them on every topic it uses) is in. */
  const publishAndSettle = async (...envelopes: EventEnvelope[]) => {
    const sentinel = randomUUID();
    sentinels.push(sentinel);
    await publish(...envelopes, onboarded(sentinel, other, ['mechanic']));
    await waitFor(
      async () => (await db.query(`SELECT 1 FROM readiness_facts WHERE subject_id = $1`, [sentinel])).length > 0,
      60_000,
      'the readiness log to take the published events in',
    );
  };

  beforeAll(async () => {
    service = await startTestService(AppModule, centresService);
    db = service.app.get(DataSource);
    centre = await registerCentre(service, { code: 'ALP-31', nameEn: 'Aleppo outpost' });
    other = await registerCentre(service, { code: 'ALP-32', nameEn: 'Aleppo east' });
    // A certification arrives before its member is known: it is kept, and counts once the member is onboarded.
    const early = certified(m6, 'firefighting');
    await publish(early);
    await publishAndSettle(
      onboarded(m1, centre, ['driver']),
      onboarded(m2, centre, ['driver', 'rescuer']),
      onboarded(m3, centre, ['rescuer']),
      onboarded(m4, centre, ['firefighter']),
      onboarded(m5, centre, ['rescuer']),
      member(m5, 'MemberWentOnLeave', { from: '1971-03-01', until: '1971-03-20' }),
      member(m5, 'MemberReturnedFromLeave', { returnedOn: '1971-03-20' }),
      certified(m1, 'driving'),
      certified(m3, 'search-and-rescue'),
      // The wrong competency for the role: m2 stays an uncertified driver.
      certified(m2, 'first-aid'),
      onboarded(m6, centre, ['firefighter']),
      vehicleEvent(randomUUID(), 'VehicleRegistered', '1971-09-01T08:00:00.000Z', {
        vehicleType: 'ambulance',
        centreId: centre,
        status: 'serviceable',
      }),
    );
    const engine = randomUUID();
    await publishAndSettle(
      vehicleEvent(engine, 'VehicleRegistered', '1971-09-01T08:00:00.000Z', {
        vehicleType: 'fire-engine',
        centreId: centre,
        status: 'serviceable',
      }),
      vehicleEvent(engine, 'VehicleStatusChanged', '1971-10-01T08:00:00.000Z', {
        status: 'unserviceable',
        reasonCode: 'DAMAGED',
      }),
    );
    // Its own events (registration, hazards) come through the store's catch-up: wait for the centres' rows.
    await waitFor(
      async () =>
        (
          await db.query(`SELECT 1 FROM readiness_facts WHERE source = 'centres' AND subject_id = ANY($1)`, [
            [centre, other],
          ])
        ).length === 2,
      30_000,
      'the centres in the readiness log',
    );
  });
  afterAll(async () => service?.close());

  it('shows certifications and vehicles as unknown before training and equipment published anything', async () => {
    const early = await readiness(centre, '1971-02-01');
    expect(early).toMatchObject({
      centreId: centre,
      asOf: '1971-02-01T23:59:59.999Z',
      level: 'not-ready',
      complete: false,
      status: null,
      members: { assigned: 6, onDuty: 6, onDutyByRole: { driver: 2, rescuer: 3, firefighter: 2 } },
      certified: { known: false },
      vehicles: { known: false },
    });
    expect(early.reasons.map((r: { code: string }) => r.code)).toEqual([
      'CENTRE_NOT_REGISTERED',
      'VEHICLES_UNKNOWN',
      'CERTIFICATIONS_UNKNOWN',
    ]);
  });

  it('counts on a past date: on duty by role, certified members (one certified before they were known), vehicles', async () => {
    const past = await readiness(centre, '1971-12-31');
    expect(past).toMatchObject({
      complete: true,
      members: { assigned: 6, onDuty: 6, onDutyByRole: { driver: 2, rescuer: 3, firefighter: 2 } },
      certified: {
        known: true,
        roles: {
          driver: { onDuty: 2, certified: 1 },
          rescuer: { onDuty: 3, certified: 1 },
          firefighter: { onDuty: 2, certified: 1 },
        },
      },
      vehicles: {
        known: true,
        held: 2,
        serviceable: 1,
        byType: { ambulance: { held: 1, serviceable: 1 }, 'fire-engine': { held: 1, serviceable: 0 } },
      },
      hazards: { open: 0, severe: 0 },
    });
    expect(past.reasons.map((r: { code: string }) => r.code)).toEqual([
      'CENTRE_NOT_REGISTERED',
      'NO_SERVICEABLE_FIRE_ENGINE',
    ]);
    // While m5 was on leave, one rescuer fewer was on duty.
    expect((await readiness(centre, '1971-03-10')).members).toMatchObject({ assigned: 6, onDuty: 5 });
  });

  it('answers now with the centre’s status and an open severe hazard, and says what to fix', async () => {
    const commander = await token(['commander'], [centre]);
    await service
      .http()
      .post(`/centres/${centre}/hazards`)
      .set('Authorization', commander)
      .send({ kind: 'improvised-explosives', location: 'Basement', severity: 'severe', reportedOn: today() })
      .expect(201);
    await waitFor(async () => (await readiness(centre)).hazards.severe === 1, 30_000, 'the hazard in readiness');
    const now = await readiness(centre);
    expect(now).toMatchObject({ status: 'operational', level: 'not-ready', hazards: { open: 1, severe: 1 } });
    expect(now.reasons[0]).toEqual({
      code: 'SEVERE_HAZARD_OPEN',
      effect: 'not-ready',
      message: expect.any(String),
      figures: { severe: 1 },
    });
  });

  it('tells zero from unknown: a centre with no vehicle once equipment has published', async () => {
    const empty = await readiness(other);
    expect(empty.vehicles).toEqual({ known: true, held: 0, serviceable: 0, byType: {} });
    expect(empty.reasons.map((r: { code: string }) => r.code)).toContain('NO_SERVICEABLE_VEHICLE');
    expect(empty.members).toMatchObject({ onDuty: sentinels.length, onDutyByRole: { mechanic: sentinels.length } });
  });

  it('changes nothing when an event is delivered again', async () => {
    const before = await readiness(centre, '1971-12-31');
    const factsOf = async (memberId: string) =>
      Number((await db.query(`SELECT count(*) FROM readiness_facts WHERE subject_id = $1`, [memberId]))[0].count);
    const facts = await factsOf(m1);
    const again = member(m1, 'MemberDeparted', { departedOn: '1971-11-01', reason: 'resigned' });
    await publishAndSettle(again);
    const departed = await readiness(centre, '1971-12-31');
    expect(departed.members.onDuty).toBe(5);
    await publishAndSettle(again, again);
    expect(await readiness(centre, '1971-12-31')).toEqual(departed);
    expect(await factsOf(m1)).toBe(facts + 1);
    expect(before.members.onDuty).toBe(6);
  });

  it('rebuilds from scratch to the same rows and the same answers', async () => {
    const rows = () =>
      db.query(`SELECT * FROM readiness_periods ORDER BY kind, subject_id, valid_from`) as Promise<unknown[]>;
    const live = await rows();
    const answers = [await readiness(centre, '1971-12-31'), await readiness(centre)];
    const rebuilt = await service
      .http()
      .post('/admin/projections/centre-readiness/rebuild')
      .set('Authorization', await token(['admin']))
      .expect(200);
    expect(rebuilt.body).toMatchObject({ name: 'centre-readiness', eventsReplayed: expect.any(Number) });
    expect(await rows()).toEqual(live);
    expect([await readiness(centre, '1971-12-31'), await readiness(centre)]).toEqual(
      answers.map((a) => ({ ...a, asOf: expect.any(String) })),
    );
  });

  it('lets commanders read their own centre only, and the organisation view to the other readers', async () => {
    for (const roles of [['logistics'], ['hr'], ['admin'], ['auditor']] as Role[][]) {
      await get(`/centres/${centre}/readiness`, 200, roles);
      const organisation = (await get('/readiness?asOf=1971-12-31', 200, roles)).body;
      expect(organisation.summary).toMatchObject({ centres: 0, membersOnDuty: 0 });
    }
    await get(`/centres/${centre}/readiness`, 200, ['commander'], [centre]);
    const elsewhere = await get(`/centres/${other}/readiness`, 404, ['commander'], [centre]);
    expect(elsewhere.body.code).toBe('CENTRE_NOT_FOUND');
    await get('/readiness', 403, ['commander'], [centre]);
    await get(`/centres/${centre}/readiness`, 403, ['training']);
    await service.http().get(`/centres/${centre}/readiness`).expect(401);
  });

  it('follows the centre’s status from its own events: closed today is not ready, yesterday not registered', async () => {
    await service
      .http()
      .post(`/centres/${other}/closure`)
      .set('Authorization', await token(['admin']))
      .send({ since: today(), reason: 'Road cut by shelling', estimatedReopeningOn: null })
      .expect(200);
    await waitFor(async () => (await readiness(other)).status === 'closed', 30_000, 'the closure in readiness');
    expect((await readiness(other)).reasons[0]).toMatchObject({ code: 'CENTRE_CLOSED', effect: 'not-ready' });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await readiness(other, yesterday)).status).toBeNull();
    expect((await readiness(other, today())).status).toBe('closed');
  });

  it('answers for the organisation, and refuses a date to come or an unknown centre', async () => {
    const organisation = (await get('/readiness')).body;
    expect(organisation.centres.map((c: { centreId: string }) => c.centreId)).toEqual(
      expect.arrayContaining([centre, other]),
    );
    expect(organisation.summary).toMatchObject({ centres: organisation.centres.length, serviceableVehicles: 1 });
    const future = await get(`/centres/${centre}/readiness?asOf=2999-01-01`, 422);
    expect(future.body.code).toBe('READINESS_AS_OF_IN_FUTURE');
    await get(`/centres/${randomUUID()}/readiness`, 404);
  });
});
