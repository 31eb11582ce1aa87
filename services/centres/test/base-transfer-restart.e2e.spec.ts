import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp } from '@muster/platform';
import { publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { AppModule, centresService } from '../src/app.module';
import { registerCentre, vehicleArrived, vehicleDeclined } from './support';

/**
 * The centres service stops in the middle of a base transfer while equipment goes on moving vehicles, then starts
 * again on the same database (and the same consumer group): the news it missed comes in, a redelivered and a
 * repeated arrival count once, and the transfer completes.
 */
describe('a base transfer across a restart of the centres service', () => {
  let service: TestService;
  let app: INestApplication | undefined;

  beforeAll(async () => {
    service = await startTestService(AppModule, centresService);
    app = service.app;
  });
  afterAll(async () => {
    await app?.close();
    await service?.database.drop();
  });

  it('completes with each vehicle counted once', async () => {
    const http = () => request((app as INestApplication).getHttpServer());
    const logistics = await service.auth(['logistics']);
    const from = await registerCentre(service);
    const to = await registerCentre(service, { status: 'planned', governorate: 'Aleppo' });
    const [first, second, broken] = [randomUUID(), randomUUID(), randomUUID()];
    const planned = await service
      .http()
      .post('/base-transfers')
      .set('Authorization', logistics)
      .send({
        fromCentreId: from,
        toCentreId: to,
        memberIds: [randomUUID()],
        vehicleIds: [first, second, broken],
        plannedOn: '2025-01-10',
        reason: 'Moving base',
      })
      .expect(201);
    const id = planned.body.id as string;
    await service.http().post(`/base-transfers/${id}/start`).set('Authorization', logistics).send({}).expect(200);
    const progress = async () =>
      (await http().get(`/base-transfers/${id}`).set('Authorization', logistics).expect(200)).body;

    const firstArrival = vehicleArrived(id, first, to);
    await publish(firstArrival);
    await waitFor(async () => (await progress()).counts.arrived === 1, 30_000, 'the first arrival recorded');

    await app?.close();
    app = undefined;
    // While centres is down, equipment goes on; the first arrival is delivered again, and repeated under a new id.
    await publish(
      vehicleArrived(id, second, to),
      vehicleDeclined(id, broken),
      firstArrival,
      vehicleArrived(id, first, to),
    );
    app = await createServiceApp(AppModule, centresService);

    await waitFor(
      async () => {
        const { counts } = await progress();
        return counts.arrived === 2 && counts.withdrawn === 1;
      },
      60_000,
      'the news missed while down taken in',
    );
    const commander = await service.auth(['commander'], { centres: [to] });
    await http()
      .post(`/base-transfers/${id}/confirmation`)
      .set('Authorization', commander)
      .send({ effectiveOn: new Date().toISOString().slice(0, 10) })
      .expect(200);
    expect(await progress()).toMatchObject({ status: 'completed', counts: { awaited: 0, arrived: 2, withdrawn: 1 } });

    const stream = await http()
      .get(`/audit/streams/basetransfer-${id}`)
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    const vehicleNews = stream.body.events
      .filter((e: { type: string }) => e.type !== 'BaseTransferPlanned' && e.type !== 'BaseTransferStarted')
      .map((e: { type: string; data: { vehicleId?: string } }) => `${e.type} ${e.data.vehicleId ?? ''}`.trim());
    expect(vehicleNews.sort()).toEqual(
      [
        `BaseTransferVehicleArrived ${first}`,
        `BaseTransferVehicleArrived ${second}`,
        `BaseTransferVehicleWithdrawn ${broken}`,
        'CentreBaseTransferCompleted',
      ].sort(),
    );
  });
});
