import { CrewIntakeCompleted } from '@muster/contracts';
import { reactToIntegrationEvent } from '@muster/platform';
import { recognitionCaseId } from '../domain/recognition-case-id';
import { recognitionCaseAggregate } from '../recognition-case.aggregate';

/**
 * A completed crew intake opens one recognition case per cleared person, under an id derived from the intake and the
 * member: a redelivery (same event: the inbox and the idempotency key) or a replay under another event id (the case
 * is already open: a recorded refusal) opens nothing twice.
 */
export const onCrewIntakeCompleted = reactToIntegrationEvent(CrewIntakeCompleted, {
  name: 'crew-intake-recognition-cases',
  onRefusal: 'skip',
  send: (intake) =>
    intake.cleared.map((person) => {
      const caseId = recognitionCaseId(intake.intakeId, person.memberId);
      return recognitionCaseAggregate.send(
        caseId,
        {
          type: 'OpenRecognitionCase',
          data: {
            caseId,
            memberId: person.memberId,
            personId: person.personId,
            intakeId: intake.intakeId,
            receivingCentreId: intake.receivingCentreId,
            roles: [...person.roles],
            priorService: person.priorService.map((s) => ({ ...s })),
            openedOn: intake.completedOn,
          },
        },
        'open',
      );
    }),
});
