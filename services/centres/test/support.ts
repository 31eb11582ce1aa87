import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@muster/contracts';
import { envelopeOf, TestService } from '@muster/service-testing';

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
