import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@muster/contracts';
import { envelopeOf, publish, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { DataSource } from 'typeorm';

/** A centre as an admin registers it: every field, values unique to the call where they must be. */
export function centreBody(overrides: Record<string, unknown> = {}) {
  return {
    code: `IDL-${randomUUID().slice(0, 4).toUpperCase()}`,
    nameAr: 'مركز سراقب',
    nameEn: 'Saraqib Centre',
    governorate: 'Idlib',
    centreType: 'mixed',
    capacity: { people: 40, vehicleBays: 6 },
    powerSupply: 'generator',
    site: { address: 'Main road, Saraqib', coordinates: { latitude: 35.8617, longitude: 36.8011 } },
    ...overrides,
  };
}

/** Registers a centre (as an admin) and answers its id. */
export async function registerCentre(service: TestService, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await service
    .http()
    .post('/centres')
    .set('Authorization', await service.auth(['admin']))
    .send(centreBody(overrides))
    .expect(201);
  return res.body.id as string;
}

/** Equipment's VehicleArrived for a vehicle moving on a base transfer. */
export function vehicleArrived(transferId: string, vehicleId: string, centreId: string): EventEnvelope {
  return envelopeOf('equipment', 'VehicleArrived', `vehicle-${vehicleId}`, {
    vehicleId,
    moveId: randomUUID(),
    centreId,
    transferId,
    arrivedAt: new Date().toISOString(),
  });
}

/** Equipment's VehicleTransferDeclined: the vehicle cannot go with the transfer. */
export function vehicleDeclined(transferId: string, vehicleId: string, reasonCode = 'WRITTEN_OFF'): EventEnvelope {
  return envelopeOf('equipment', 'VehicleTransferDeclined', `vehicle-${vehicleId}`, {
    vehicleId,
    transferId,
    reasonCode,
  });
}

/**
 * A member as personnel announces one — `MemberOnboarded` on its topic, on the real broker — once centres has
 * followed it (it can then command a centre). Answers the member's id.
 */
export async function onboardedMember(
  service: TestService,
  centreId: string,
  memberId = randomUUID(),
): Promise<string> {
  await publish(
    envelopeOf('personnel', 'MemberOnboarded', `member-${memberId}`, {
      centreId,
      roles: ['rescuer'],
      startsOn: '2014-01-01',
    }),
  );
  await waitFor(async () => (await openPeriods(service, memberId)) > 0, 30_000, `member ${memberId} known to centres`);
  return memberId;
}

/** Personnel's `MemberDeparted` for an onboarded member, once centres has followed it. */
export async function departedMember(service: TestService, memberId: string): Promise<void> {
  await publish({
    ...envelopeOf('personnel', 'MemberDeparted', `member-${memberId}`, {
      departedOn: '2024-12-31',
      reason: 'resigned',
    }),
    streamVersion: 2,
  });
  await waitFor(async () => (await openPeriods(service, memberId)) === 0, 30_000, `member ${memberId} gone`);
}

async function openPeriods(service: TestService, memberId: string): Promise<number> {
  const rows = await service.app
    .get(DataSource)
    .query(`SELECT 1 FROM readiness_periods WHERE kind = 'member' AND subject_id = $1 AND valid_to IS NULL`, [
      memberId,
    ]);
  return rows.length;
}
