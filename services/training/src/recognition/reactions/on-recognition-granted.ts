import { reactToOwnEvents } from '@muster/platform';
import { certificationAggregate, certificationIdOf } from '../../certification/certification.aggregate';
import { recognitionCaseCatalogue } from '../domain/recognition-case.catalogue';

/**
 * A granted recognition is awarded as a certification, marked as recognised with its case and prior service.
 * Everything comes from the event, so a replay sends the same award to the same stream; a number already taken is a
 * recorded refusal.
 */
export const onRecognitionGranted = reactToOwnEvents(recognitionCaseCatalogue, {
  name: 'recognition-certification',
  on: ['RecognitionGranted'],
  onRefusal: 'skip',
  send: ({ data: grant }) => {
    const certificationId = certificationIdOf(grant.issuingBody, grant.number);
    return [
      certificationAggregate.send(
        certificationId,
        {
          type: 'AwardCertification',
          data: {
            certificationId,
            memberId: grant.memberId,
            courseId: grant.courseId,
            competency: grant.competency,
            number: grant.number,
            issuingBody: grant.issuingBody,
            issuedOn: grant.issuedOn,
            expiresOn: grant.expiresOn,
            verifiedBy: grant.grantedBy,
            basis: { kind: 'recognition', caseId: grant.caseId, priorService: grant.priorService },
          },
        },
        'award',
      ),
    ];
  },
});
