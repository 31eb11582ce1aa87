import { randomInt, randomUUID } from 'node:crypto';
import { waitFor } from '@muster/testing';
import { bearer, RunningService } from './muster';

// The records the end-to-end specs build their stories from, made through the services' APIs as a user would.

/**
 * Registers a centre as an admin; answers its id once each service in `knownBy` has learnt of it from the centres
 * service's topic (they refuse a request naming a centre they do not know yet).
 */
export async function registerCentre(
  centres: RunningService,
  nameEn: string,
  governorate: string,
  status = 'operational',
  knownBy: readonly RunningService[] = [],
): Promise<string> {
  const body = await centres.ok('POST', '/centres', await bearer(['admin']), {
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
  const centreId = body['id'] as string;
  const auditor = await bearer(['auditor']);
  for (const service of knownBy) {
    await waitFor(
      async () => (await service.call('GET', `/known-centres/${centreId}`, auditor)).status === 200,
      60_000,
      `${service.name} to know centre ${nameEn}`,
    );
  }
  return centreId;
}

/** A legal identity with a national id and a phone of its own (so a scan for them cannot match by accident). */
export function identityOf(own: string, family: string) {
  return {
    name: {
      arabic: { own: 'عمر', father: 'حسن', grandfather: 'يوسف', family: 'السيد' },
      latin: { own, father: 'Hassan', grandfather: 'Youssef', family },
    },
    dateOfBirth: { kind: 'year', year: 1988 },
    nationalId: `NID-${randomUUID().slice(0, 10)}`,
    phone: `+963 9${randomInt(10_000_000, 99_999_999)}`,
    homeArea: 'Saraqib',
    emergencyContact: { name: 'Salma', relation: 'sister', phone: '+963 944 100 200' },
    bloodType: 'O+',
  };
}

/** A volunteer who applied, was vetted and onboarded as a driver at the centre (as hr); answers the member id. */
export async function activeVolunteer(
  personnel: RunningService,
  centreId: string,
  callSign: string,
  identity: ReturnType<typeof identityOf>,
): Promise<string> {
  const hr = await bearer(['hr']);
  const id = (
    await personnel.ok('POST', '/members', hr, { callSign, rolesSought: ['driver'], appliedOn: '2025-01-10', identity })
  )['id'] as string;
  await personnel.ok('POST', `/members/${id}/vetting`, hr, { outcome: 'cleared', vettedOn: '2025-01-15' });
  await personnel.ok('POST', `/members/${id}/onboarding`, hr, {
    centreId,
    roles: ['driver'],
    startsOn: '2025-02-01',
    probationEndsOn: '2025-08-01',
  });
  return id;
}

/** A vehicle registered by logistics at 60,000 km; answers its id. */
export async function registerVehicle(
  equipment: RunningService,
  centreId: string,
  type: string,
  overrides: object = {},
): Promise<string> {
  const body = await equipment.ok('POST', '/vehicles', await bearer(['logistics']), {
    plate: `IDL ${randomInt(100_000, 999_999)}`,
    type,
    make: type === 'ambulance' ? 'Toyota' : 'Mercedes-Benz',
    model: type === 'ambulance' ? 'Hiace' : 'Atego 1530',
    centreId,
    vin: 'WDB9700561L123456',
    year: 2016,
    donorId: null,
    acquiredOn: '2024-06-01',
    odometerKm: 60_000,
    engineHours: 2_000,
    fuelType: 'diesel',
    tankCapacityLitres: 80,
    serviceIntervalKm: 10_000,
    serviceIntervalMonths: 6,
    ...overrides,
  });
  return body['id'] as string;
}
