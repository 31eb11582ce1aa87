import { randomInt, randomUUID } from 'node:crypto';
import { waitFor } from '@muster/testing';
import { bearer, RunningService } from './muster';

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
  let admin: string;
  let hr: string;
  let logistics: string;
  let auditor: string;

  beforeAll(async () => {
    [centres, equipment, personnel] = await Promise.all([
      RunningService.start('centres'),
      RunningService.start('equipment'),
      RunningService.start('personnel'),
    ]);
    [admin, hr, logistics, auditor] = await Promise.all([
      bearer(['admin']),
      bearer(['hr']),
      bearer(['logistics']),
      bearer(['auditor']),
    ]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([centres?.stop(), equipment?.stop(), personnel?.stop()]);
  }, 60_000);

  const registerCentre = async (nameEn: string, governorate: string, status: string): Promise<string> => {
    const body = await centres.ok('POST', '/centres', admin, {
      code: `${governorate.slice(0, 3).toUpperCase()}-${randomInt(1000, 9999)}`,
      nameAr: 'مركز الدفاع المدني',
      nameEn,
      governorate,
      centreType: 'mixed',
      capacity: { people: 40, vehicleBays: 6 },
      powerSupply: 'generator',
      site: { address: `${nameEn}, main road` },
      status,
    });
    return body['id'] as string;
  };

  const activeMember = async (centreId: string, callSign: string): Promise<string> => {
    const tag = randomUUID().slice(0, 6);
    const applied = await personnel.ok('POST', '/members', hr, {
      callSign,
      rolesSought: ['driver'],
      appliedOn: '2025-01-10',
      identity: {
        name: {
          arabic: { own: 'خالد', father: 'محمود', grandfather: 'علي', family: 'الحلبي' },
          latin: { own: 'Khaled', father: 'Mahmoud', grandfather: 'Ali', family: 'Halabi' },
        },
        dateOfBirth: { kind: 'year', year: 1990 },
        nationalId: `NID${tag}`,
        phone: '+963 944 000 111',
        homeArea: 'Saraqib',
        emergencyContact: { name: 'Mona', relation: 'sister', phone: '+963 944 000 222' },
        bloodType: 'A+',
      },
    });
    const id = applied['id'] as string;
    await personnel.ok('POST', `/members/${id}/vetting`, hr, { outcome: 'cleared', vettedOn: '2025-01-15' });
    await personnel.ok('POST', `/members/${id}/onboarding`, hr, {
      centreId,
      roles: ['driver'],
      startsOn: '2025-02-01',
      probationEndsOn: '2025-08-01',
    });
    return id;
  };

  const registerVehicle = async (centreId: string, type: string, overrides: object = {}): Promise<string> => {
    const body = await equipment.ok('POST', '/vehicles', logistics, {
      plate: `IDL ${randomInt(100_000, 999_999)}`,
      type,
      make: 'Toyota',
      model: 'Land Cruiser',
      centreId,
      vin: 'JTEBU11F70K123456',
      year: 2015,
      donorId: null,
      acquiredOn: '2024-06-01',
      odometerKm: 80_000,
      engineHours: 3_000,
      fuelType: 'diesel',
      tankCapacityLitres: 90,
      serviceIntervalKm: 10_000,
      serviceIntervalMonths: 6,
      ...overrides,
    });
    return body['id'] as string;
  };

  const vehicle = (id: string) => equipment.ok('GET', `/vehicles/${id}`, logistics);
  const member = (id: string) => personnel.ok('GET', `/members/${id}`, hr);
  const transfer = (id: string) => centres.ok('GET', `/base-transfers/${id}`, logistics);
  const typesOf = async (service: RunningService, streamId: string): Promise<string[]> =>
    ((await service.ok('GET', `/audit/streams/${streamId}`, auditor))['events'] as { type: string }[]).map(
      (e) => e.type,
    );
  const countOf = (types: string[], type: string): number => types.filter((t) => t === type).length;

  it('moves the team once — people and vehicles — though centres is killed mid-way; a cancelled one moves nobody', async () => {
    const idlib = await registerCentre('Idlib countryside base', 'Idlib', 'operational');
    const aleppo = await registerCentre('Former fire station, Aleppo', 'Aleppo', 'planned');
    const people = [await activeMember(idlib, 'Falcon-1'), await activeMember(idlib, 'Falcon-2')];
    const ambulances = [await registerVehicle(idlib, 'ambulance'), await registerVehicle(idlib, 'ambulance')];
    const broken = await registerVehicle(idlib, 'fire-engine', { status: 'unserviceable', statusReason: 'Gearbox' });

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
        odometerInKm: 80_120,
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
      odometerInKm: 80_150,
      arrivedAt: new Date().toISOString(),
    });
    expect(await vehicle(goingBack)).toMatchObject({ status: 'serviceable', centreId: aleppo });
    expect((await typesOf(centres, `basetransfer-${secondId}`)).at(-1)).toBe('BaseTransferCancelled');
    expect(await member(people[0] as string)).toMatchObject({ centreId: aleppo });
    expect(countOf(await typesOf(personnel, `member-${people[0]}`), 'MemberTransferred')).toBe(1);
  }, 300_000);
});
