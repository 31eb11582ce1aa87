import { randomUUID } from 'node:crypto';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { AppModule, equipmentService } from '../src/app.module';
import { hoursAgo, registerVehicle } from './vehicle-support';

describe('vehicle moves through the API', () => {
  let service: TestService;
  let logistics: string;
  const [centreA, centreB, centreC] = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    await makeCentresKnown(service, centreA, centreB, centreC);
    logistics = await service.auth(['logistics']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object, token = logistics) =>
    service.http().post(path).set('Authorization', token).send(body);
  const profile = async (id: string) =>
    (await service.http().get(`/vehicles/${id}`).set('Authorization', logistics).expect(200)).body;
  const dispatch = (overrides: object = {}) => ({
    toCentreId: centreB,
    driverId: randomUUID(),
    odometerOutKm: 120_050,
    dispatchedAt: hoursAgo(3),
    expectedArrivalAt: hoursAgo(0),
    ...overrides,
  });
  const arrival = (overrides: object = {}) => ({
    centreId: centreB,
    odometerInKm: 120_170,
    arrivedAt: hoursAgo(1),
    ...overrides,
  });

  it('dispatches a vehicle (in transit) and receives it at its destination, which becomes its centre', async () => {
    const id = await registerVehicle(service, centreA);
    expect((await post(`/vehicles/${id}/dispatch`, dispatch()).expect(200)).body).toEqual({ id, version: 4 });
    expect(await profile(id)).toMatchObject({
      status: 'in-transit',
      centreId: centreA,
      destinationCentreId: centreB,
      statusReason: { code: 'DISPATCHED' },
    });
    await post(`/vehicles/${id}/arrival`, arrival()).expect(200);
    const after = await profile(id);
    expect(after).toMatchObject({
      status: 'serviceable',
      centreId: centreB,
      destinationCentreId: null,
      odometerKm: 120_170,
      statusReason: { code: 'ARRIVED' },
    });
    expect(after.moves).toMatchObject([
      { fromCentreId: centreA, toCentreId: centreB, outcome: 'arrived', distanceKm: 120, tripFlags: [] },
    ]);
  });

  it('flags an implausible trip in the record, with the rule and the figures, and accepts it', async () => {
    const id = await registerVehicle(service, centreA);
    await post(`/vehicles/${id}/dispatch`, dispatch({ dispatchedAt: hoursAgo(2) })).expect(200);
    await post(`/vehicles/${id}/arrival`, arrival({ odometerInKm: 120_650, arrivedAt: hoursAgo(1) })).expect(200);
    const [move] = (await profile(id)).moves;
    expect(move.tripFlags).toEqual([
      {
        rule: 'AVERAGE_SPEED_ABOVE_LIMIT',
        distanceKm: 600,
        elapsedMinutes: 60,
        averageKmh: expect.closeTo(600, 0),
        limitKmh: 90,
      },
    ]);
  });

  it('refuses an odometer going backwards, and keeps nothing of the refused command', async () => {
    const id = await registerVehicle(service, centreA);
    const before = await profile(id);
    expect(
      (await post(`/vehicles/${id}/dispatch`, dispatch({ odometerOutKm: 119_999 })).expect(422)).body,
    ).toMatchObject({ code: 'ODOMETER_WENT_BACKWARDS', details: { lastKm: 120_000, givenKm: 119_999 } });
    expect(await profile(id)).toEqual(before);
    // A correction, with why, is the only way down; then readings are held to it.
    await post(`/vehicles/${id}/odometer-correction`, { correctedKm: 12_000, reason: 'Typed an extra zero' }).expect(
      200,
    );
    await post(`/vehicles/${id}/dispatch`, dispatch({ odometerOutKm: 12_010 })).expect(200);
    expect((await profile(id)).odometerCorrections).toMatchObject([
      { previousKm: 120_000, correctedKm: 12_000, reason: 'Typed an extra zero', recordedBy: 'test-logistics' },
    ]);
  });

  it('diverts a vehicle on its way, and turns another back to its origin', async () => {
    const diverted = await registerVehicle(service, centreA);
    await post(`/vehicles/${diverted}/dispatch`, dispatch()).expect(200);
    await post(`/vehicles/${diverted}/diversion`, { toCentreId: centreC, reason: 'Road cut' }).expect(200);
    expect((await post(`/vehicles/${diverted}/arrival`, arrival()).expect(409)).body.code).toBe(
      'ARRIVAL_AT_OTHER_CENTRE',
    );
    await post(`/vehicles/${diverted}/arrival`, arrival({ centreId: centreC })).expect(200);
    expect(await profile(diverted)).toMatchObject({ centreId: centreC });

    const recalled = await registerVehicle(service, centreA);
    await post(`/vehicles/${recalled}/dispatch`, dispatch()).expect(200);
    await post(`/vehicles/${recalled}/return-to-origin`, { reason: 'Needed back' }).expect(200);
    await post(`/vehicles/${recalled}/arrival`, arrival({ centreId: centreA })).expect(200);
    const back = await profile(recalled);
    expect(back).toMatchObject({ centreId: centreA, status: 'serviceable' });
    expect(back.moves[0].changes).toEqual([{ kind: 'turned-back', toCentreId: centreA, reason: 'Needed back' }]);
  });

  it('lends a vehicle with a due-back day: it serves the borrower, and goes only back home', async () => {
    const id = await registerVehicle(service, centreA);
    await post(`/vehicles/${id}/dispatch`, dispatch({ loanDueBackOn: '2099-01-01' })).expect(200);
    await post(`/vehicles/${id}/arrival`, arrival()).expect(200);
    expect(await profile(id)).toMatchObject({
      centreId: centreB,
      loan: { homeCentreId: centreA, dueBackOn: '2099-01-01' },
    });
    const elsewhere = dispatch({ toCentreId: centreC, odometerOutKm: 120_200, dispatchedAt: hoursAgo(0.5) });
    expect((await post(`/vehicles/${id}/dispatch`, elsewhere).expect(409)).body.code).toBe('VEHICLE_ON_LOAN');
  });

  describe('who may', () => {
    it('lets the destination’s commander receive a vehicle; to another commander it does not exist', async () => {
      const id = await registerVehicle(service, centreA);
      await post(`/vehicles/${id}/dispatch`, dispatch()).expect(200);
      const other = await service.auth(['commander'], { centres: [centreA, centreC] });
      expect((await post(`/vehicles/${id}/arrival`, arrival(), other).expect(404)).body.code).toBe('VEHICLE_NOT_FOUND');
      const own = await service.auth(['commander'], { centres: [centreB] });
      await post(`/vehicles/${id}/arrival`, arrival(), own).expect(200);
    });

    it('lets admins move vehicles; refuses commanders (dispatch, divert, correct), HR, training and auditors', async () => {
      const id = await registerVehicle(service, centreA);
      await post(`/vehicles/${id}/dispatch`, dispatch(), await service.auth(['admin'])).expect(200);
      const commander = await service.auth(['commander'], { centres: [centreA, centreB] });
      for (const [path, body] of [
        ['dispatch', dispatch()],
        ['diversion', { toCentreId: centreC, reason: 'x' }],
        ['return-to-origin', { reason: 'x' }],
        ['odometer-correction', { correctedKm: 1, reason: 'x' }],
      ] as const) {
        expect((await post(`/vehicles/${id}/${path}`, body, commander).expect(403)).body.code).toBe(
          'AUTH_FORBIDDEN_ROLE',
        );
      }
      for (const roles of [['hr'], ['training'], ['auditor']] as const) {
        const token = await service.auth(roles);
        expect((await post(`/vehicles/${id}/arrival`, arrival(), token).expect(403)).body.code).toBe(
          'AUTH_FORBIDDEN_ROLE',
        );
      }
    });
  });

  it('refuses a stale If-Match with 409 CONCURRENCY_CONFLICT, and answers a retried Idempotency-Key as the first time', async () => {
    const id = await registerVehicle(service, centreA);
    const stale = await service
      .http()
      .post(`/vehicles/${id}/dispatch`)
      .set('Authorization', logistics)
      .set('If-Match', '"1"')
      .send(dispatch())
      .expect(409);
    expect(stale.body.code).toBe('CONCURRENCY_CONFLICT');
    const send = () =>
      service
        .http()
        .post(`/vehicles/${id}/dispatch`)
        .set('Authorization', logistics)
        .set('If-Match', '"2"')
        .set('Idempotency-Key', `dispatch-${id}`)
        .send(dispatch());
    const first = await send().expect(200);
    expect((await send().expect(200)).body).toEqual(first.body);
    expect((await profile(id)).moves).toHaveLength(1);
  });

  it('answers bad input with 400 VALIDATION_FAILED, unknown centres with 422 and unknown vehicles with 404', async () => {
    const id = await registerVehicle(service, centreA);
    for (const body of [
      dispatch({ toCentreId: 'B' }),
      dispatch({ driverId: undefined }),
      dispatch({ odometerOutKm: '120050' }),
      dispatch({ dispatchedAt: '2026-01-15T06:00:00' }),
      dispatch({ dispatchedAt: '2026-02-30T06:00:00Z' }),
      dispatch({ loanDueBackOn: 'next week' }),
      dispatch({ speedKmh: 80 }),
    ]) {
      expect((await post(`/vehicles/${id}/dispatch`, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    expect((await post(`/vehicles/${id}/arrival`, arrival({ odometerInKm: -5 })).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await post(`/vehicles/not-a-uuid/dispatch`, dispatch()).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const nowhere = randomUUID();
    for (const [path, body] of [
      ['dispatch', dispatch({ toCentreId: nowhere })],
      ['arrival', arrival({ centreId: nowhere })],
    ] as const) {
      expect((await post(`/vehicles/${id}/${path}`, body).expect(422)).body.code).toBe('UNKNOWN_CENTRE');
    }
    expect((await post(`/vehicles/${randomUUID()}/dispatch`, dispatch()).expect(404)).body.code).toBe(
      'VEHICLE_NOT_FOUND',
    );
  });
});
