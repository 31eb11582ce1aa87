import { waitFor } from '@muster/testing';
import { bearer, RunningService } from './muster';
import { activeVolunteer, identityOf, registerCentre, registerVehicle } from './organisation';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * A team's move to a new base, told by three real services over the real broker: centres plans and starts it,
 * equipment dispatches the vehicles that can go, the receiving commander records their arrival (while centres is
 * down: killed mid-transfer and started again), confirms, and personnel reassigns the people. Each member and each
 * vehicle moves exactly once. A second transfer, cancelled on the road, moves nobody and turns its vehicle back.
 */
describe('a base transfer across centres, equipment and personnel', () => {
  let centres: RunningService;
  let equipment: RunningService;
  let personnel: RunningService;
  let hr: string;
  let logistics: string;
  let auditor: string;

  beforeAll(async () => {
    [centres, equipment, personnel] = await Promise.all([
      RunningService.start('centres'),
      RunningService.start('equipment'),
      RunningService.start('personnel'),
    ]);
    [hr, logistics, auditor] = await Promise.all([bearer(['hr']), bearer(['logistics']), bearer(['auditor'])]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([centres?.stop(), equipment?.stop(), personnel?.stop()]);
  }, 60_000);

  const vehicle = (id: string) => equipment.ok('GET', `/vehicles/${id}`, logistics);
  const member = (id: string) => personnel.ok('GET', `/members/${id}`, hr);
  const transfer = (id: string) => centres.ok('GET', `/base-transfers/${id}`, logistics);
  const typesOf = async (service: RunningService, streamId: string): Promise<string[]> =>
    ((await service.ok('GET', `/audit/streams/${streamId}`, auditor))['events'] as { type: string }[]).map(
      (e) => e.type,
    );
  const countOf = (types: string[], type: string): number => types.filter((t) => t === type).length;

  it('moves the team once — people and vehicles — though centres is killed mid-way; a cancelled one moves nobody', async () => {
    const idlib = await registerCentre(centres, 'Idlib countryside base', 'Idlib', 'operational', [
      personnel,
      equipment,
    ]);
    const aleppo = await registerCentre(centres, 'Former fire station, Aleppo', 'Aleppo', 'planned', [equipment]);
    const people = [
      await activeVolunteer(personnel, idlib, 'Falcon-1', identityOf('Khaled', 'Halabi')),
      await activeVolunteer(personnel, idlib, 'Falcon-2', identityOf('Mahmoud', 'Kanaan')),
    ];
    const ambulances = [
      await registerVehicle(equipment, idlib, 'ambulance'),
      await registerVehicle(equipment, idlib, 'ambulance'),
    ];
    const broken = await registerVehicle(equipment, idlib, 'fire-engine', {
      status: 'unserviceable',
      statusReason: 'Gearbox',
    });

    const planned = await centres.ok('POST', '/base-transfers', logistics, {
      fromCentreId: idlib,
      toCentreId: aleppo,
      memberIds: people,
      vehicleIds: [...ambulances, broken],
      plannedOn: today(),
      reason: 'The team moves into the former fire station in Aleppo',
    });
    const transferId = planned['id'] as string;
    await centres.ok('POST', `/base-transfers/${transferId}/start`, logistics, { reason: 'Road open at dawn' });

    // Equipment dispatches the ambulances on the transfer and declines the broken engine; centres hears of it.
    await waitFor(
      async () => (await Promise.all(ambulances.map(vehicle))).every((v) => v['status'] === 'in-transit'),
      60_000,
      'both ambulances dispatched',
    );
    await waitFor(
      async () => ((await transfer(transferId))['counts'] as { withdrawn: number }).withdrawn === 1,
      60_000,
      'the broken engine withdrawn from the plan',
    );

    // Centres dies; meanwhile the ambulances reach Aleppo and its commander receives them.
    await centres.crash();
    const aleppoCommander = await bearer(['commander'], [aleppo]);
    for (const id of ambulances) {
      await equipment.ok('POST', `/vehicles/${id}/arrival`, aleppoCommander, {
        centreId: aleppo,
        odometerInKm: 60_120,
        arrivedAt: new Date().toISOString(),
      });
    }
    await centres.restart();
    await waitFor(
      async () => ((await transfer(transferId))['counts'] as { arrived: number }).arrived === 2,
      60_000,
      'centres catching up on the arrivals it missed',
    );
    await centres.ok('POST', `/base-transfers/${transferId}/confirmation`, aleppoCommander, { effectiveOn: today() });

    // Personnel reassigns the people.
    await waitFor(
      async () => (await Promise.all(people.map(member))).every((m) => m['centreId'] === aleppo),
      60_000,
      'both members reassigned to Aleppo',
    );

    // Exactly once each, and the engine that could not go stayed where it was.
    for (const id of people) expect(countOf(await typesOf(personnel, `member-${id}`), 'MemberTransferred')).toBe(1);
    for (const id of ambulances) {
      const types = await typesOf(equipment, `vehicle-${id}`);
      expect({ dispatched: countOf(types, 'VehicleDispatched'), arrived: countOf(types, 'VehicleArrived') }).toEqual({
        dispatched: 1,
        arrived: 1,
      });
      expect(await vehicle(id)).toMatchObject({ status: 'serviceable', centreId: aleppo });
    }
    expect(await vehicle(broken)).toMatchObject({ status: 'unserviceable', centreId: idlib });
    const transferTypes = await typesOf(centres, `basetransfer-${transferId}`);
    expect(countOf(transferTypes, 'BaseTransferVehicleArrived')).toBe(2);
    expect(countOf(transferTypes, 'CentreBaseTransferCompleted')).toBe(1);

    // A second move, back towards Idlib, is cancelled on the road: its ambulance turns back, nobody is moved.
    const [goingBack] = ambulances as [string, string];
    const second = await centres.ok('POST', '/base-transfers', logistics, {
      fromCentreId: aleppo,
      toCentreId: idlib,
      memberIds: [people[0]],
      vehicleIds: [goingBack],
      plannedOn: today(),
      reason: 'Reinforce Idlib for the winter',
    });
    const secondId = second['id'] as string;
    await centres.ok('POST', `/base-transfers/${secondId}/start`, logistics, {});
    await waitFor(async () => (await vehicle(goingBack))['status'] === 'in-transit', 60_000, 'dispatched again');
    await centres.ok('POST', `/base-transfers/${secondId}/cancellation`, logistics, { reason: 'Road cut by shelling' });
    await waitFor(
      async () => (await vehicle(goingBack))['destinationCentreId'] === aleppo,
      60_000,
      'the ambulance turned back to Aleppo',
    );
    await equipment.ok('POST', `/vehicles/${goingBack}/arrival`, aleppoCommander, {
      centreId: aleppo,
      odometerInKm: 60_150,
      arrivedAt: new Date().toISOString(),
    });
    expect(await vehicle(goingBack)).toMatchObject({ status: 'serviceable', centreId: aleppo });
    expect((await typesOf(centres, `basetransfer-${secondId}`)).at(-1)).toBe('BaseTransferCancelled');
    expect(await member(people[0] as string)).toMatchObject({ centreId: aleppo });
    expect(countOf(await typesOf(personnel, `member-${people[0]}`), 'MemberTransferred')).toBe(1);
  }, 300_000);
});
