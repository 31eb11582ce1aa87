import { reactToOwnEvents } from '@muster/platform';
import { certificationAggregate } from '../../certification/certification.aggregate';
import { sessionCatalogue } from '../domain/session.catalogue';

/**
 * A pass leads to its certification: awarded under the number the result derived, or the member's certification of
 * the competency renewed. Everything comes from the event, so a replay sends the same command to the same stream.
 */
export const onSessionPassed = reactToOwnEvents(sessionCatalogue, {
  name: 'session-pass-certification',
  on: ['SessionResultRecorded'],
  // A refusal (a renewal that would not extend it, a certification revoked meanwhile) is recorded for the training
  // manager, without holding up later results.
  onRefusal: 'skip',
  send: ({ data: result }) => {
    const certification = result.certification;
    if (certification === null) return [];
    const { memberId, competency, sessionId } = result;
    if (certification.kind === 'renew') {
      const { certificationId, renewedOn, expiresOn } = certification;
      return [
        certificationAggregate.send(
          certificationId,
          { type: 'RenewCertification', renewedOn, expiresOn, sessionId },
          'renew',
        ),
      ];
    }
    const { certificationId, number, issuingBody, issuedOn, expiresOn } = certification;
    return [
      certificationAggregate.send(
        certificationId,
        {
          type: 'AwardCertification',
          data: {
            certificationId,
            memberId,
            courseId: result.courseId,
            competency,
            number,
            issuingBody,
            issuedOn,
            expiresOn,
            verifiedBy: result.recordedBy,
            basis: { kind: 'session', sessionId },
          },
        },
        'award',
      ),
    ];
  },
});
