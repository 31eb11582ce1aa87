import { DemoApi, loadDemo } from '@muster/demo';
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
    const recoveries = await services.equipment.ok('GET', '/recoveries', logistics);
    expect(recoveries['total']).toBe(1);
    const flags = await services.equipment.ok('GET', '/fuel-ledgers/flags', logistics);
    expect(flags['total']).toBe(1);

    const before = await Promise.all(Object.values(services).map((s) => s.eventCount()));
    await loadDemo(api, today);
    const after = await Promise.all(Object.values(services).map((s) => s.eventCount()));
    expect(after).toEqual(before);
  }, 600_000);
});
