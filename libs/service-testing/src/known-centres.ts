import { randomInt, randomUUID } from 'node:crypto';
import { CentreRegistered } from '@muster/contracts';
import { envelopeOf, publish } from './envelopes';
import { TestService, testBearer } from './service-app';
import { ServiceProcess } from './service-process';

/** The status of `GET /known-centres/:centreId`, in process or from a spawned service. */
async function answer(service: TestService | ServiceProcess, centreId: string, bearer: string): Promise<number> {
  const path = `/known-centres/${centreId}`;
  return 'url' in service
    ? (await fetch(`${service.url}${path}`, { headers: { Authorization: bearer } })).status
    : (await service.http().get(path).set('Authorization', bearer)).status;
}

/**
 * Makes centres known to a service (one that `knowsCentres`) the way production does: the centres service's
 * `CentreRegistered` for each, on its topic on the real broker; then waits until the service answers for each on
 * `GET /known-centres/:centreId`.
 */
export async function makeCentresKnown(
  service: TestService | ServiceProcess,
  ...centreIds: readonly string[]
): Promise<void> {
  await publish(
    ...centreIds.map((centreId) => {
      const data = { centreId, code: `TST-${randomInt(1000, 9999)}`, governorate: 'Idlib', status: 'operational' };
      if (!CentreRegistered.parse(data)) throw new Error(CentreRegistered.problems(data).join('; '));
      return envelopeOf('centres', CentreRegistered.type, `centre-${centreId}`, data);
    }),
  );
  const bearer = await testBearer(['auditor']);
  const deadline = Date.now() + 30_000;
  for (const centreId of centreIds) {
    while ((await answer(service, centreId, bearer)) !== 200) {
      if (Date.now() > deadline) throw new Error(`centre ${centreId} did not become known within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A new centre the service knows: its id. */
export async function knownCentre(service: TestService): Promise<string> {
  const centreId = randomUUID();
  await makeCentresKnown(service, centreId);
  return centreId;
}
