import { EventEnvelope } from '@muster/contracts';
import { factOfEnvelope } from './readiness-facts';

const memberId = '0b6c2f4e-5d1a-4c8e-9f7a-2d3b4c5e6f70';
const centreId = '1c7d3a5f-6e2b-4d9f-8a1b-3e4c5d6f7a81';
const certificationId = '2d8e4b6a-7f3c-4eaa-9b2c-4f5d6e7a8b92';

function envelope(source: EventEnvelope['source'], type: string, streamId: string, data: object): EventEnvelope {
  return {
    id: '3e9f5c7b-8a4d-4fbb-8c3d-5a6e7f8b9ca3',
    type,
    schemaVersion: 1,
    streamId,
    streamType: streamId.slice(0, streamId.indexOf('-')),
    streamVersion: 4,
    globalPosition: '17',
    occurredAt: '2025-03-04T15:30:00.000Z',
    recordedAt: '2025-03-04T15:30:00.100Z',
    source,
    data,
    metadata: { actorId: 'hr-1', actorRoles: ['hr'], correlationId: 'c-1', causationId: null, reason: null },
    hash: 'a'.repeat(64),
    previousHash: null,
  };
}

describe('facts of other services’ events', () => {
  it('takes a member’s event about the stream’s member, at the start of the day it takes effect', () => {
    const fact = factOfEnvelope(
      envelope('personnel', 'MemberTransferred', `member-${memberId}`, {
        fromCentreId: centreId,
        toCentreId: centreId,
        effectiveOn: '2025-03-01',
      }),
    );
    expect(fact).toMatchObject({
      kind: 'member',
      subjectId: memberId,
      at: '2025-03-01T00:00:00.000Z',
      order: 4,
      source: 'personnel',
      type: 'MemberTransferred',
    });
  });

  it('dates a renewal, which carries no date, by the day it was recorded', () => {
    const fact = factOfEnvelope(
      envelope('training', 'CertificationRenewed', `certification-${certificationId}`, {
        certificationId,
        memberId,
        competency: 'driving',
        expiresOn: '2027-03-01',
      }),
    );
    expect(fact).toMatchObject({ kind: 'certification', subjectId: certificationId, at: '2025-03-04T00:00:00.000Z' });
  });

  it('refuses data that breaks its contract, saying where, and an event it does not follow', () => {
    const broken = factOfEnvelope(
      envelope('personnel', 'MemberOnboarded', `member-${memberId}`, { centreId, roles: ['pilot'] }),
    );
    expect(broken).toEqual(
      expect.stringContaining('MemberOnboarded 3e9f5c7b-8a4d-4fbb-8c3d-5a6e7f8b9ca3 breaks its contract'),
    );
    expect(factOfEnvelope(envelope('training', 'InductionCompleted', `member-${memberId}`, {}))).toBe(
      'InductionCompleted is not followed by readiness',
    );
  });
});
