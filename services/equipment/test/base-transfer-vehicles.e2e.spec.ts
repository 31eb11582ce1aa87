import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BaseTransferCancelled, BaseTransferStarted, VehicleDispatched } from '@muster/contracts';
import { envelopeOf, makeCentresKnown, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { AppModule, equipmentService } from '../src/app.module';
import { hoursAgo, registerVehicle } from './vehicle-support';

describe('vehicles on centres’ base transfers, over the real broker', () => {
  let service: TestService;
  let logistics: string;
  const [centreA, centreB] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    await makeCentresKnown(service, centreA, centreB);
    logistics = await service.auth(['logistics']);
  });
  afterAll(async () => service?.close());

  const profile = async (id: string) =>
    (await service.http().get(`/vehicles/${id}`).set('Authorization', logistics).expect(200)).body;
  const eventTypes = async (id: string): Promise<string[]> =>
    (
      await service
        .http()
        .get(`/audit/streams/vehicle-${id}`)
        .set('Authorization', await service.auth(['auditor']))
        .expect(200)
    ).body.events.map((e: { type: string }) => e.type);
  const sql = () => service.app.get(DataSource);
  /** Waits until this app's consumer has handled the envelope (its inbox row commits after the reaction's commands). */
  const handled = (envelope: { id: string }) =>
    waitFor(
      async () => (await sql().query(`SELECT 1 FROM inbox WHERE event_id = $1`, [envelope.id])).length > 0,
      45_000,
      `envelope ${envelope.id} handled`,
    );
  const started = (transferId: string, vehicleIds: string[], toCentreId = centreB) =>
    envelopeOf('centres', BaseTransferStarted.type, `basetransfer-${transferId}`, {
      transferId,
      fromCentreId: centreA,
      toCentreId,
      memberIds: [],
      vehicleIds,
      plannedOn: '2026-01-15',
    });
  const cancelled = (transferId: string, vehicleIds: string[]) =>
    envelopeOf('centres', BaseTransferCancelled.type, `basetransfer-${transferId}`, {
      transferId,
      fromCentreId: centreA,
      vehicleIds,
    });

  it('dispatches the listed vehicles once, declines one that cannot go, and sends them back when it is cancelled', async () => {
    const goes = await registerVehicle(service, centreA);
    const broken = await registerVehicle(service, centreA, { status: 'unserviceable', statusReason: 'Gearbox' });
    const unknown = randomUUID();
    const transferId = randomUUID();
    // A base created for the move, whose registration has not reached equipment yet: the reaction follows centres'
    // decision all the same (only people's requests are checked against the centres equipment knows).
    const newBase = randomUUID();
    const start = started(transferId, [goes, broken, unknown], newBase);
    // Delivered twice (a redelivery), then published again under a new event id (a producer's retry): once.
    const again = { ...start, id: randomUUID() };
    await publish(start, start, again);
    await handled(again);

    expect(await profile(goes)).toMatchObject({
      status: 'in-transit',
      centreId: centreA,
      destinationCentreId: newBase,
      moves: [{ transferId, fromCentreId: centreA, toCentreId: newBase, driverId: null, odometerOutKm: null }],
      declinedTransfers: [],
    });
    expect((await eventTypes(goes)).filter((t) => t === 'VehicleDispatched')).toHaveLength(1);
    const declined = await profile(broken);
    expect(declined).toMatchObject({
      status: 'unserviceable',
      declinedTransfers: [{ transferId, reasonCode: 'VEHICLE_UNSERVICEABLE' }],
    });
    expect(
      await sql().query(`SELECT DISTINCT code FROM reaction_refusals WHERE stream_id = $1`, [`vehicle-${unknown}`]),
    ).toEqual([{ code: 'VEHICLE_NOT_FOUND' }]);
    // The dispatch goes out as its contract says (the relay sends the stored data as is), carrying the transfer.
    const [dispatched] = await sql().query<{ data: { transferId: string } }[]>(
      `SELECT data FROM events WHERE stream_id = $1 AND type = 'VehicleDispatched'`,
      [`vehicle-${goes}`],
    );
    expect(VehicleDispatched.problems(dispatched?.data)).toEqual([]);
    expect(dispatched?.data.transferId).toBe(transferId);

    const cancel = cancelled(transferId, [goes, broken]);
    await publish(cancel, cancel);
    await handled(cancel);
    const turnedBack = await profile(goes);
    expect(turnedBack).toMatchObject({ status: 'in-transit', destinationCentreId: centreA });
    expect(turnedBack.moves[0].changes).toEqual([
      { kind: 'turned-back', toCentreId: centreA, reason: `Base transfer ${transferId} was cancelled` },
    ]);
    expect((await eventTypes(goes)).filter((t) => t === 'VehicleTurnedBack')).toHaveLength(1);
    expect((await profile(broken)).version).toBe(declined.version);

    // Back at its origin, received by that centre's commander.
    await service
      .http()
      .post(`/vehicles/${goes}/arrival`)
      .set('Authorization', await service.auth(['commander'], { centres: [centreA] }))
      .send({ centreId: centreA, odometerInKm: 120_030, arrivedAt: new Date().toISOString() })
      .expect(200);
    expect(await profile(goes)).toMatchObject({ status: 'serviceable', centreId: centreA, destinationCentreId: null });
  });

  it('a start that comes after its cancellation changes nothing: the vehicle was declined for it', async () => {
    const id = await registerVehicle(service, centreA);
    const transferId = randomUUID();
    const cancel = cancelled(transferId, [id]);
    await publish(cancel);
    await handled(cancel);
    const late = started(transferId, [id]);
    await publish(late);
    await handled(late);
    expect(await profile(id)).toMatchObject({
      status: 'serviceable',
      centreId: centreA,
      moves: [],
      declinedTransfers: [{ transferId, reasonCode: 'TRANSFER_CANCELLED' }],
    });
  });

  it('keeps an arrival recorded before the transfer’s start was seen; the start then changes nothing', async () => {
    const id = await registerVehicle(service, centreA);
    const transferId = randomUUID();
    // The vehicle drove with its team and was received at the new base before equipment heard of the transfer.
    await service
      .http()
      .post(`/vehicles/${id}/arrival`)
      .set('Authorization', await service.auth(['commander'], { centres: [centreB] }))
      .send({ centreId: centreB, odometerInKm: 120_090, arrivedAt: hoursAgo(1), transferId })
      .expect(200);
    const arrived = await profile(id);
    expect(arrived).toMatchObject({
      status: 'serviceable',
      centreId: centreB,
      moves: [{ transferId, fromCentreId: centreA, toCentreId: centreB, outcome: 'arrived', dispatchRecorded: false }],
    });
    const late = started(transferId, [id]);
    await publish(late);
    await handled(late);
    expect(await profile(id)).toEqual(arrived);
  });
});
