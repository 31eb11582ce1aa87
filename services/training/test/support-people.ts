import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { EventEnvelope } from '@muster/contracts';
import { CommandContext } from '@muster/platform';
import { envelopeOf, TestService } from '@muster/service-testing';
import { certificationAggregate, certificationIdOf } from '../src/certification/certification.aggregate';
import { CertificationCommand } from '../src/certification/domain/certification.commands';

/** Personnel's member event at its place in the member's stream. */
export const memberEvent = (memberId: string, version: number, type: string, data: object): EventEnvelope => ({
  ...envelopeOf('personnel', type, `member-${memberId}`, data),
  streamVersion: version,
});

export const onboarded = (memberId: string, centreId: string, roles: string[], startsOn = '2025-01-01') =>
  memberEvent(memberId, 3, 'MemberOnboarded', { centreId, roles, startsOn });

/** A training manager's context for commands sent straight to an aggregate (no HTTP route awards certifications). */
function trainingManager(): CommandContext {
  return {
    user: { id: 'training-1', name: 'Training', roles: ['training'], centres: [], scope: { kind: 'all' } },
    metadata: { actorId: 'training-1', actorRoles: ['training'], correlationId: randomUUID() },
    now: new Date(),
  };
}

/** Sends a command to a certification, as the session and recognition processes do. */
export async function certify(service: TestService, certificationId: string, command: CertificationCommand) {
  return service.app
    .get(CommandBus)
    .execute(certificationAggregate.command(certificationId, command, trainingManager()));
}

/** Awards a certification (as passing a session would) and answers its id. */
export async function award(
  service: TestService,
  memberId: string,
  competency: string,
  issuedOn: string,
  expiresOn: string | null,
): Promise<string> {
  const number = `C-${randomUUID().slice(0, 8)}`;
  const certificationId = certificationIdOf('Muster training', number);
  await certify(service, certificationId, {
    type: 'AwardCertification',
    data: {
      certificationId,
      memberId,
      courseId: randomUUID(),
      competency,
      number,
      issuingBody: 'Muster training',
      issuedOn,
      expiresOn,
      verifiedBy: 'training-1',
      basis: { kind: 'session', sessionId: randomUUID() },
    },
  });
  return certificationId;
}
