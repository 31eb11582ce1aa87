import { DemoApi, loadDemo } from '@muster/demo';
import { waitFor } from '@muster/testing';
import { bearer, RunningService } from './muster';

/**
 * The demo organisation `npm start` loads, loaded into the four real services through their APIs: the organisation
 * is there, its story inside it, and loading it a second time records nothing new.
 */
describe('the demo organisation', () => {
  let services: Record<'personnel' | 'centres' | 'equipment' | 'training', RunningService>;

  beforeAll(async () => {
    const [personnel, centres, equipment, training] = await Promise.all([
      RunningService.start('personnel'),
      RunningService.start('centres'),
      RunningService.start('equipment'),
      RunningService.start('training'),
    ]);
    services = { personnel, centres, equipment, training };
  }, 240_000);
  afterAll(async () => {
    await Promise.all(Object.values(services ?? {}).map((s) => s.stop()));
  }, 60_000);

  it('loads through the public APIs, tells the story, and a second load changes nothing', async () => {
    const urls = {
      personnel: services.personnel.baseUrl,
      centres: services.centres.baseUrl,
      equipment: services.equipment.baseUrl,
      training: services.training.baseUrl,
    };
    const api = new DemoApi(urls, (roles, centres = []) => bearer(roles, centres));
    const today = new Date();
    const summary = await loadDemo(api, today);
    expect(summary).toMatchObject({ members: 249, vehicles: 96, items: 48 });

    const auditor = await bearer(['auditor']);
    const hr = await bearer(['hr']);
    const logistics = await bearer(['logistics']);
    const organisation = await services.centres.ok('GET', '/readiness', auditor);
    expect((organisation['centres'] as unknown[]).length).toBe(12);
    const roster = await services.personnel.ok('GET', '/members?limit=1', hr);
    expect(roster['total']).toBe(249);
    // The story inside it: the outpost received the Idlib team; Homs lost three centres; a fallen volunteer's kit.
    const outpost = summary.centres['ALP-01'] as string;
    const transfer = await services.centres.ok('GET', `/base-transfers/${summary.baseTransferId}`, logistics);
    expect(transfer).toMatchObject({ status: 'completed', toCentreId: outpost });
    const homs = await services.centres.ok('GET', `/centres/${summary.centres['HMS-02']}`, auditor);
    expect(homs).toMatchObject({ status: 'destroyed' });
    // Equipment recovers the fallen volunteer's kit on personnel's event, after the load's last write returned.
    const recoveries = async (): Promise<unknown> =>
      (await services.equipment.ok('GET', '/recoveries', logistics))['total'];
    await waitFor(async () => (await recoveries()) === 1, 60_000, "equipment to recover the fallen volunteer's kit");
    expect(await recoveries()).toBe(1);
    const flags = await services.equipment.ok('GET', '/fuel-ledgers/flags', logistics);
    expect(flags['total']).toBe(1);

    // The reactions a load sets off across services finish after it returns: count once they have.
    const before = await settledEventCounts(Object.values(services));
    await loadDemo(api, today);
    const after = await settledEventCounts(Object.values(services));
    expect(after).toEqual(before);
  }, 600_000);
});

/** Every service's event count once none has changed for three seconds in a row (at most a minute). */
async function settledEventCounts(services: readonly RunningService[]): Promise<number[]> {
  const counts = () => Promise.all(services.map((s) => s.eventCount()));
  let last = await counts();
  let quietFor = 0;
  for (const deadline = Date.now() + 60_000; quietFor < 3 && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await counts();
    quietFor = now.every((n, i) => n === last[i]) ? quietFor + 1 : 0;
    last = now;
  }
  return last;
}
