import { DemoApi } from './api';
import { CENTRES, DEMO_ITEM_TYPES, demoPerson, demoVehicle, DONORS } from './organisation';

const MEMBERS_PER_CENTRE = 20;
const VEHICLES_PER_CENTRE = 8;
const ITEMS_PER_CENTRE = 4;
const CREW = 6;
/** Centres worked on at once: enough to keep four services busy on two cores, not so many that they thrash. */
const PARALLEL = 3;

export type Progress = (done: number, total: number, step: string) => void;

interface CrewPlan {
  readonly source: string;
  readonly unit: string;
  readonly callSign: string;
  readonly centreId: string;
  /** The first person number of the crew (their names come from `demoPerson`). */
  readonly firstPerson: number;
  readonly size: number;
  /** The one the vetting rejects (-1: none). */
  readonly rejected: number;
  /** Days from today. */
  readonly openedOn: number;
}

export interface DemoSummary {
  readonly centres: Readonly<Record<string, string>>;
  readonly members: number;
  readonly vehicles: number;
  readonly items: number;
  readonly baseTransferId: string;
}

/** Runs `work` over the list, a few at a time. */
async function inBatches<T>(list: readonly T[], work: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < list.length; i += PARALLEL) {
    await Promise.all(list.slice(i, i + PARALLEL).map((item, j) => work(item, i + j)));
  }
}

/**
 * Loads the demo organisation through the services' public APIs: twelve centres in five governorates, 240 members
 * with Arabic names and the Latin spellings records really use, two integrated crews, 96 donated vehicles and 48 items,
 * ninety days of training, trips, fuel and damage, dated back from `today` — and the organisation's story inside it:
 * Homs' centres levelled in one night and one rebuilt, explosives found in the Aleppo outpost, the Idlib team's base
 * transfer there, a volunteer killed in a double-tap strike. Idempotent: a second load records nothing new.
 */
export async function loadDemo(api: DemoApi, today: Date, progress: Progress = () => undefined): Promise<DemoSummary> {
  const day = (offset: number): string => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const at = (offset: number, hour = 9): string =>
    new Date(Date.parse(`${day(offset)}T00:00:00Z`) + hour * 3_600_000).toISOString();
  const total = 2_500;
  let done = 0;
  const tick = (step: string): void => progress(Math.min((done += 1), total), total, step);
  const write = async (...args: Parameters<DemoApi['write']>) => {
    const answer = await api.write(...args);
    tick(args[1].split('/')[1] ?? '');
    return answer;
  };
  const admin = ['admin'] as const;
  const hr = ['hr'] as const;
  const logistics = ['logistics'] as const;
  const trainer = ['training'] as const;

  // Centres, with Aleppo's outpost taken over (planned, then working) and Homs' night of air strikes.
  const centres: Record<string, string> = {};
  for (const centre of CENTRES) {
    const answer = await write('centres', '/centres', admin, `centre:${centre.code}`, {
      ...centre,
      centreType: 'mixed',
      capacity: { people: 40, vehicleBays: 8 },
      powerSupply: 'generator',
      site: { address: `${centre.nameEn}, ${centre.governorate}` },
      status: centre.code === 'ALP-01' ? 'planned' : 'operational',
    });
    centres[centre.code] = answer['id'] as string;
  }
  const centre = (code: string): string => centres[code] as string;
  const outpost = centre('ALP-01');
  await write('centres', `/centres/${outpost}/commissioning`, admin, 'outpost:commissioned', { since: day(-80) });
  const hazard = await write('centres', `/centres/${outpost}/hazards`, { commander: outpost }, 'outpost:hazard', {
    kind: 'improvised-explosives',
    location: 'Basement',
    severity: 'severe',
    reportedOn: day(-78),
    description: 'Home-made explosives found when the team took the building over',
  });
  const hazardPath = `/centres/${outpost}/hazards/${hazard['hazardId'] as string}`;
  await write('centres', `${hazardPath}/cordon`, { commander: outpost }, 'outpost:cordon', {
    cordonedOn: day(-78),
    note: 'Basement sealed',
  });
  await write('centres', `${hazardPath}/clearance`, { commander: outpost }, 'outpost:cleared', {
    clearedOn: day(-70),
    clearedBy: 'Explosive ordnance team',
    method: 'Removed and destroyed off site',
  });
  for (const code of ['HMS-01', 'HMS-02', 'HMS-03']) {
    await write('centres', `/centres/${centre(code)}/incidents`, admin, `${code}:strike`, {
      outcome: 'destroyed',
      cause: 'air-strike',
      occurredOn: day(-85),
      incidentRef: 'INC-HMS-NIGHT',
      casualties: true,
      description: 'Levelled in one night of air strikes; ambulances disabled, road access cut',
    });
  }
  await write('centres', `/centres/${centre('HMS-01')}/rebuild-decision`, admin, 'HMS-01:rebuild', {
    decidedOn: day(-60),
    decisionRef: 'BOARD-REBUILD-HMS-01',
    note: 'A donor funds the rebuild',
  });
  await write('centres', `/centres/${centre('HMS-01')}/commissioning`, admin, 'HMS-01:reopened', { since: day(-10) });

  // Donors.
  const donors: Record<string, string> = {};
  for (const donor of DONORS) {
    const { key, ...body } = donor;
    donors[key] = (await write('equipment', '/donors', logistics, `donor:${key}`, body))['id'] as string;
  }

  // Members: applied, vetted and onboarded at their centre.
  const membersOf: Record<string, string[]> = {};
  await inBatches(CENTRES, async ({ code }, c) => {
    const ids: string[] = [];
    for (let m = 0; m < MEMBERS_PER_CENTRE; m++) {
      const n = c * MEMBERS_PER_CENTRE + m;
      const person = demoPerson(n);
      const id = (
        await write('personnel', '/members', hr, `member:${n}`, {
          callSign: person.callSign,
          rolesSought: person.roles,
          appliedOn: day(-100),
          identity: person.identity,
        })
      )['id'] as string;
      await write('personnel', `/members/${id}/vetting`, hr, `member:${n}:vetted`, {
        outcome: 'cleared',
        vettedOn: day(-95),
      });
      await write('personnel', `/members/${id}/onboarding`, hr, `member:${n}:onboarded`, {
        centreId: centre(code),
        roles: person.roles,
        startsOn: day(-90),
        probationEndsOn: day(90),
      });
      ids.push(id);
    }
    membersOf[code] = ids;
  });

  // Crews of the former state fire service integrated: prior service recorded, ranks mapped, each vetted.
  const integrateCrew = async (key: string, crewOf: CrewPlan): Promise<{ intake: string; members: string[] }> => {
    const intake = (
      await write('personnel', '/crew-intakes', hr, key, {
        sourceOrganisation: crewOf.source,
        unitName: crewOf.unit,
        receivingCentreId: crewOf.centreId,
        openedOn: day(crewOf.openedOn),
      })
    )['id'] as string;
    const members: string[] = [];
    for (let p = 0; p < crewOf.size; p++) {
      const person = demoPerson(crewOf.firstPerson + p);
      const added = await write('personnel', `/crew-intakes/${intake}/people`, hr, `${key}:${p}`, {
        callSign: `${crewOf.callSign}-${p + 1}`,
        identity: person.identity,
        priorService: [
          { organisation: crewOf.source, rankOrRole: 'Firefighter', from: '2008', to: day(crewOf.openedOn - 5) },
        ],
      });
      const personPath = `/crew-intakes/${intake}/people/${added['personId'] as string}`;
      const rejected = p === crewOf.rejected;
      await write('personnel', `${personPath}/vetting`, hr, `${key}:${p}:vetted`, {
        outcome: rejected ? 'rejected' : 'cleared',
        vettedOn: day(crewOf.openedOn + 2),
        ...(rejected ? { notes: 'Abuses reported by residents' } : {}),
      });
      if (!rejected) {
        await write('personnel', `${personPath}/rank-mapping`, hr, `${key}:${p}:mapped`, {});
        members.push(added['memberId'] as string);
      }
    }
    await write('personnel', `/crew-intakes/${intake}/completion`, hr, `${key}:completed`, {
      completedOn: day(crewOf.openedOn + 5),
      probationMonths: 6,
    });
    return { intake, members };
  };
  const { intake, members: crew } = await integrateCrew('crew', {
    source: 'Aleppo State Fire Brigade',
    unit: 'Station 3',
    callSign: 'Ember',
    centreId: outpost,
    firstPerson: 1_000,
    size: CREW,
    rejected: CREW - 1,
    openedOn: -65,
  });
  const homsCrew = await integrateCrew('crew-homs', {
    source: 'Homs Civil Fire Department',
    unit: 'Central station',
    callSign: 'Cedar',
    centreId: centre('HMS-01'),
    firstPerson: 1_100,
    size: 4,
    rejected: -1,
    openedOn: -9,
  });

  // Vehicles and items, each from a donor.
  const vehiclesOf: Record<string, string[]> = {};
  await inBatches(CENTRES, async ({ code }, c) => {
    const ids: string[] = [];
    for (let v = 0; v < VEHICLES_PER_CENTRE; v++) {
      const { donorKey, ...vehicle } = demoVehicle(c, v);
      const id = (
        await write('equipment', '/vehicles', logistics, `vehicle:${code}:${v}`, {
          ...vehicle,
          centreId: centre(code),
          vin: `WDB${String(c * 100 + v).padStart(14, '0')}`,
          donorId: donors[donorKey],
          acquiredOn: day(-400),
          engineHours: 2_000,
          fuelType: 'diesel',
          serviceIntervalKm: 10_000,
          serviceIntervalMonths: 6,
        })
      )['id'] as string;
      ids.push(id);
    }
    vehiclesOf[code] = ids;
    for (let i = 0; i < ITEMS_PER_CENTRE; i++) {
      const item = await write('equipment', '/items', logistics, `item:${code}:${i}`, {
        centreId: centre(code),
        acquiredOn: day(-200),
        type: DEMO_ITEM_TYPES[i % DEMO_ITEM_TYPES.length],
        description: `${DEMO_ITEM_TYPES[i % DEMO_ITEM_TYPES.length]} ${code}-${i + 1}`,
        serialNumber: `${code}-${DEMO_ITEM_TYPES[i % DEMO_ITEM_TYPES.length]}-${i + 1}`,
        donorId: donors[DONORS[(c + i) % DONORS.length]?.key ?? 'fund'],
      });
      await write('equipment', `/items/${item['id'] as string}/issue`, logistics, `item:${code}:${i}:issued`, {
        holder: { kind: 'member', id: membersOf[code]?.[i * 5] },
        quantity: 1,
        issuedOn: day(-80),
      });
    }
  });

  // Training: the catalogue, drivers certified at every centre, the crew recognised or sent to a refresher and
  // inducted, and one old driving certification that has expired.
  const course = async (code: string, competency: string, validityMonths: number | null, isInduction = false) =>
    (
      await write('training', '/courses', trainer, `course:${code}`, {
        code,
        nameAr: 'دورة تدريبية',
        nameEn: `${competency} course`,
        competency,
        hours: isInduction ? 16 : 40,
        passMark: 60,
        validityMonths,
        prerequisites: [],
        isInduction,
      })
    )['id'] as string;
  const driving = await course('DRV-101', 'driving', 36);
  const shortDriving = await course('DRV-090', 'driving', 1);
  const firefighting = await course('FF-101', 'firefighting', 36);
  await course('FA-101', 'first-aid', 24);
  const rescue = await course('SAR-101', 'search-and-rescue', 36);
  const induction = await course('IND-100', 'induction', null, true);
  const passSession = async (key: string, courseId: string, centreId: string, memberIds: string[], on: number) => {
    const session = (
      await write('training', '/sessions', trainer, `session:${key}`, {
        courseId,
        centreId,
        instructorIds: [memberIds[0]],
        startsOn: day(on),
        endsOn: day(on),
        capacity: 30,
      })
    )['id'] as string;
    for (const memberId of memberIds) {
      await write('training', `/sessions/${session}/enrolments`, trainer, `session:${key}:${memberId}`, {
        memberId,
        enrolledOn: day(on - 7),
      });
      await write('training', `/sessions/${session}/results`, trainer, `session:${key}:${memberId}:result`, {
        memberId,
        score: 70 + (memberId.charCodeAt(0) % 30),
        resultOn: day(on),
      });
    }
  };
  await inBatches(CENTRES, async ({ code }, c) => {
    const members = membersOf[code] ?? [];
    // Half the centres have trained their rescuers and firefighters too; the others are still waiting for it.
    if (c % 2 === 0) {
      const roleOf = (m: number) => demoPerson(c * MEMBERS_PER_CENTRE + m).roles;
      const rescuers = members.filter((_, m) => roleOf(m).includes('rescuer'));
      const firefighters = members.filter((_, m) => roleOf(m).includes('firefighter'));
      await passSession(`rescue:${code}`, rescue, centre(code), rescuers, -75);
      await passSession(`firefighting:${code}`, firefighting, centre(code), firefighters, -65);
    }
    await passSession(`induction:${code}`, induction, centre(code), members, -85);
    const drivers = members.filter((_, m) => m % 5 === 0);
    const [first, ...rest] = drivers;
    if (code === 'HAM-01' && first) {
      await passSession(`old-driving:${code}`, shortDriving, centre(code), [first], -70);
      await passSession(`driving:${code}`, driving, centre(code), rest, -60);
    } else {
      await passSession(`driving:${code}`, driving, centre(code), drivers, -60);
    }
  });
  await api.until('training to open the crew’s recognition cases', async () => {
    const cases = await api.read('training', `/recognition-cases?intakeId=${intake}`, trainer);
    return cases['total'] === crew.length;
  });
  const cases = (await api.read('training', `/recognition-cases?intakeId=${intake}`, trainer))['items'] as {
    caseId: string;
    memberId: string;
  }[];
  for (const [i, { caseId }] of cases.entries()) {
    if (i < 2) {
      await write('training', `/recognition-cases/${caseId}/evidence`, trainer, `recognition:${i}:evidence`, {
        description: 'Brigade certificate seen; live-fire drill observed',
        reference: `ASFB-${1180 + i}`,
        recordedOn: day(-55),
      });
      await write('training', `/recognition-cases/${caseId}/grants`, trainer, `recognition:${i}:grant`, {
        courseId: firefighting,
        priorServiceIndex: 0,
        issuedOn: day(-54),
        expiresOn: day(900),
      });
    } else {
      await write('training', `/recognition-cases/${caseId}/assessments`, trainer, `recognition:${i}:assessment`, {
        courseId: firefighting,
        requirement: 'refresher',
        notes: 'No recent fire-ground practice',
        decidedOn: day(-55),
      });
    }
  }
  await passSession('induction:crew', induction, outpost, crew, -40);
  await api.write('training', '/certifications/expiry-sweep', trainer, `sweep:${day(0)}`, { asOf: day(0) });

  // Ninety days on the road: a trip out and back for half the fleet, fuel at every centre (one issue over a tank's
  // capacity, flagged), a weekly check of every vehicle against its type's checklist, Homs' ambulances disabled in
  // the strike and one in Aleppo hit and repaired.
  const checklists = new Map<string, Promise<{ code: string }[]>>();
  const checklistOf = (type: string) => {
    let items = checklists.get(type);
    if (!items) {
      items = api
        .read('equipment', `/vehicles/checklists/${type}?kind=weekly`, logistics)
        .then((answer) => answer['items'] as { code: string }[]);
      checklists.set(type, items);
    }
    return items;
  };
  await inBatches(CENTRES, async ({ code, governorate }, c) => {
    const neighbour = CENTRES.find((other) => other.governorate === governorate && other.code !== code);
    const vehicles = vehiclesOf[code] ?? [];
    await write('equipment', `/fuel-ledgers/${centre(code)}/deliveries`, logistics, `fuel:${code}:delivery`, {
      litres: 4_000,
      supplier: null,
      donorId: donors[DONORS[c % DONORS.length]?.key ?? 'fund'],
      cost: null,
      receivedBy: membersOf[code]?.[1],
      deliveredAt: at(-85),
    });
    for (const [v, vehicle] of vehicles.entries()) {
      const { odometerKm, tankCapacityLitres, type } = demoVehicle(c, v);
      let odometer = odometerKm;
      if (v % 2 === 0 && neighbour && !code.startsWith('HMS')) {
        for (const [leg, [from, to]] of [
          [code, neighbour.code],
          [neighbour.code, code],
        ].entries()) {
          const out = -50 + v * 3 + leg * 2;
          await write('equipment', `/vehicles/${vehicle}/dispatch`, logistics, `trip:${vehicle}:${leg}:out`, {
            toCentreId: centre(to as string),
            driverId: membersOf[from as string]?.[0],
            odometerOutKm: odometer,
            dispatchedAt: at(out, 8),
            expectedArrivalAt: at(out, 11),
          });
          odometer += 45;
          await write('equipment', `/vehicles/${vehicle}/arrival`, logistics, `trip:${vehicle}:${leg}:in`, {
            centreId: centre(to as string),
            odometerInKm: odometer,
            arrivedAt: at(out, 10),
          });
        }
      }
      const overfill = code === 'ALP-02' && v === 2;
      await write('equipment', `/fuel-ledgers/${centre(code)}/issues`, logistics, `fuel:${code}:${v}`, {
        targetKind: 'vehicle',
        targetId: vehicle,
        odometerKm: odometer,
        litres: overfill ? tankCapacityLitres + 40 : Math.round(tankCapacityLitres * 0.6),
        issuedBy: membersOf[code]?.[1],
        receivedBy: membersOf[code]?.[0],
        issuedAt: at(-20, 7 + (v % 8)),
      });
      await write('equipment', `/vehicles/${vehicle}/checks`, logistics, `check:${vehicle}:weekly`, {
        kind: 'weekly',
        performedAt: at(-14, 8),
        odometerKm: odometer,
        items: (await checklistOf(type)).map(({ code }) => ({ code, passed: true })),
      });
    }
  });
  for (const code of ['HMS-02', 'HMS-03', 'HMS-04']) {
    await write('equipment', `/vehicles/${vehiclesOf[code]?.[0]}/damage`, logistics, `damage:${code}`, {
      cause: 'air-strike',
      occurredOn: day(-85),
      incidentRef: 'INC-HMS-NIGHT',
      severity: 'severe',
      description: 'Disabled in the night of air strikes',
    });
  }
  const hit = vehiclesOf['ALP-02']?.[1] as string;
  await write('equipment', `/vehicles/${hit}/damage`, logistics, 'damage:ALP-02', {
    cause: 'air-strike',
    occurredOn: day(-30),
    incidentRef: 'INC-ALP-0030',
    severity: 'severe',
    description: 'Shrapnel through the rear doors',
  });
  const damaged = await api.read('equipment', `/vehicles/${hit}`, logistics);
  const damageId = (damaged['damage'] as { damageId: string }[])[0]?.damageId;
  await write('equipment', `/vehicles/${hit}/repair-orders`, logistics, 'repair:ALP-02', {
    damageIds: [damageId],
    description: 'Replace the rear doors',
    workshop: 'Aleppo workshop',
    openedOn: day(-28),
  });
  const order = (
    (await api.read('equipment', `/vehicles/${hit}`, logistics))['repairOrders'] as { orderId: string }[]
  )[0]?.orderId;
  await write('equipment', `/vehicles/${hit}/repair-orders/${order}/work`, logistics, 'repair:ALP-02:work', {
    workDone: 'Doors replaced',
    parts: [{ description: 'Rear door', quantity: 2, unitCost: 250 }],
    labourCost: 120,
    currency: 'USD',
    fundingSource: { donorId: donors['crescent'], description: 'Maintenance grant' },
    recordedOn: day(-25),
  });
  await write('equipment', `/vehicles/${hit}/repair-orders/${order}/closure`, logistics, 'repair:ALP-02:closed', {
    closedOn: day(-24),
  });

  // The Idlib team's base transfer into the outpost: six people and the three vehicles that stayed home.
  const idlib = centre('IDL-01');
  const team = (membersOf['IDL-01'] ?? []).slice(0, 6);
  const teamVehicles = (vehiclesOf['IDL-01'] ?? []).filter((_, v) => v % 2 === 1).slice(0, 3);
  const transfer = (
    await write('centres', '/base-transfers', logistics, 'transfer:idlib-aleppo', {
      fromCentreId: idlib,
      toCentreId: outpost,
      memberIds: team,
      vehicleIds: teamVehicles,
      plannedOn: day(-3),
      reason: 'The team moves into the former outpost and fire station in Aleppo',
    })
  )['id'] as string;
  await write('centres', `/base-transfers/${transfer}/start`, logistics, 'transfer:started', {
    reason: 'Road open at dawn',
  });
  const onTheWayOrThere = async (vehicle: string) => {
    const profile = await api.read('equipment', `/vehicles/${vehicle}`, logistics);
    return profile['status'] === 'in-transit' || profile['centreId'] === outpost;
  };
  await api.until('equipment to dispatch the team’s vehicles', async () =>
    (await Promise.all(teamVehicles.map(onTheWayOrThere))).every(Boolean),
  );
  for (const vehicle of teamVehicles) {
    const { odometerKm } = demoVehicle(0, (vehiclesOf['IDL-01'] ?? []).indexOf(vehicle));
    await write('equipment', `/vehicles/${vehicle}/arrival`, { commander: outpost }, `transfer:arrived:${vehicle}`, {
      centreId: outpost,
      odometerInKm: odometerKm + 110,
      arrivedAt: at(-1, 10),
    });
  }
  await api.until('centres to see the vehicles arrive', async () => {
    const progress = await api.read('centres', `/base-transfers/${transfer}`, logistics);
    return (progress['counts'] as { awaited: number }).awaited === 0;
  });
  await write('centres', `/base-transfers/${transfer}/confirmation`, { commander: outpost }, 'transfer:confirmed', {
    effectiveOn: day(0),
  });

  // A volunteer of the team killed in a double-tap strike: recorded with dignity; what they held is recovered.
  const fallen = team[0] as string;
  await api.until('personnel to move the team', async () => {
    const member = await api.read('personnel', `/members/${fallen}`, hr);
    return member['centreId'] === outpost || member['status'] === 'killed';
  });
  await write('personnel', `/members/${fallen}/death-in-line-of-duty`, hr, 'fallen', {
    diedOn: day(0),
    incidentRef: 'INC-ALP-DOUBLE-TAP',
    circumstances: 'Killed by the second strike while rescuing the wounded of the first',
  });

  progress(total, total, 'done');
  const members =
    Object.values(membersOf).reduce((sum, ids) => sum + ids.length, 0) + crew.length + homsCrew.members.length;
  return {
    centres,
    members,
    vehicles: Object.values(vehiclesOf).reduce((sum, ids) => sum + ids.length, 0),
    items: CENTRES.length * ITEMS_PER_CENTRE,
    baseTransferId: transfer,
  };
}
