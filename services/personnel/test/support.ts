import { randomUUID } from 'node:crypto';
import { TestService } from '@muster/service-testing';

/** A legal identity for tests: every value distinctive, so a scan for it cannot match by accident. */
export function identityFixture(tag = randomUUID().slice(0, 6)) {
  return {
    name: {
      arabic: { own: 'أحمد', father: 'عبد الله', grandfather: 'محمود', family: 'الحسين' },
      latin: {
        own: 'Ahmad',
        father: 'Abdullah',
        grandfather: 'Mahmoud',
        family: `Zzhussein${tag.replace(/[^a-z]/gi, '')}`,
      },
    },
    dateOfBirth: { kind: 'year', year: 1991 },
    nationalId: `NID${tag}`,
    phone: '+963 944 123 987',
    homeArea: `Saraqib quarter ${tag}`,
    emergencyContact: { name: 'Fatima Sister', relation: 'sister', phone: '+90 555 000 0000' },
    bloodType: 'O+',
  };
}

export async function applyMember(
  service: TestService,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; identity: ReturnType<typeof identityFixture> }> {
  const identity = identityFixture();
  const res = await service
    .http()
    .post('/members')
    .set('Authorization', await service.auth(['hr']))
    .send({
      callSign: `Falcon-${randomUUID().slice(0, 4)}`,
      rolesSought: ['rescuer'],
      appliedOn: '2025-01-10',
      identity,
      ...overrides,
    })
    .expect(201);
  return { ...(res.body as { id: string; version: number }), identity };
}

/** Applies, vets (cleared) and onboards a member at the centre. */
export async function activeMember(service: TestService, centreId: string, roles: string[] = ['rescuer']) {
  const applied = await applyMember(service);
  const hr = await service.auth(['hr']);
  await service
    .http()
    .post(`/members/${applied.id}/vetting`)
    .set('Authorization', hr)
    .send({ outcome: 'cleared', vettedOn: '2025-01-15' })
    .expect(200);
  const onboarded = await service
    .http()
    .post(`/members/${applied.id}/onboarding`)
    .set('Authorization', hr)
    .send({ centreId, roles, startsOn: '2025-02-01', probationEndsOn: '2025-08-01' })
    .expect(200);
  return { id: applied.id, version: onboarded.body.version as number, identity: applied.identity };
}
