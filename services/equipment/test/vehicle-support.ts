import { randomInt } from 'node:crypto';
import { TestService } from '@muster/service-testing';

// Helpers shared by equipment's vehicle specs.

/**
 * What logistics registers: a fire engine at `centreId`, acquired a month ago at 120,000 km, serviced every 10,000 km
 * or 6 months (so not due for a while).
 */
export function vehicleBody(centreId: string, overrides: Record<string, unknown> = {}) {
  return {
    plate: `IDL ${randomInt(100_000, 999_999)}`,
    type: 'fire-engine',
    make: 'Mercedes-Benz',
    model: 'Atego 1530',
    centreId,
    vin: 'WDB9700561L123456',
    year: 2012,
    donorId: null,
    acquiredOn: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
    odometerKm: 120_000,
    engineHours: 4_000,
    fuelType: 'diesel',
    tankCapacityLitres: 200,
    serviceIntervalKm: 10_000,
    serviceIntervalMonths: 6,
    ...overrides,
  };
}

export async function registerVehicle(
  service: TestService,
  centreId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await service
    .http()
    .post('/vehicles')
    .set('Authorization', await service.auth(['logistics']))
    .send(vehicleBody(centreId, overrides))
    .expect(201);
  return res.body.id as string;
}

/** An instant `hours` ago, as the API takes it. */
export const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

/** A donor recorded by logistics: its id. */
export async function recordDonor(service: TestService, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await service
    .http()
    .post('/donors')
    .set('Authorization', await service.auth(['logistics']))
    .send({ names: { ar: 'الهلال الأحمر القطري', en: 'Qatar Red Crescent' }, kind: 'ngo', country: 'QA', ...overrides })
    .expect(201);
  return res.body.id as string;
}
