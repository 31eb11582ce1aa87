import { isRole } from '@muster/contracts';
import { reactToOwnEvents } from '@muster/platform';
import { crewIntakeCatalogue } from '../../crew-intake/domain/crew-intake.catalogue';
import { memberAggregate } from '../member.aggregate';

/**
 * A completed crew intake makes each cleared person a member of origin integrated-crew on probation: applied,
 * vetted and onboarded on the authority of whoever completed the intake. Everything comes from the event.
 */
export const onCrewIntakeCompleted = reactToOwnEvents(crewIntakeCatalogue, {
  name: 'crew-intake-members',
  on: ['CrewIntakeCompleted'],
  // A refusal would mean an inconsistent intake: recorded for HR, without holding up later intakes.
  onRefusal: 'skip',
  send: ({ data: intake, metadata }) => {
    const actor = { id: metadata.actorId, roles: metadata.actorRoles.filter(isRole) };
    return intake.cleared.flatMap((person) => [
      memberAggregate.send(
        person.memberId,
        {
          type: 'ApplyForMembership',
          memberId: person.memberId,
          callSign: person.callSign,
          rolesSought: person.roles,
          preferredCentreId: intake.receivingCentreId,
          identity: person.identity,
          appliedOn: intake.openedOn,
        },
        'apply',
      ),
      memberAggregate.send(
        person.memberId,
        {
          type: 'VetApplicant',
          outcome: 'cleared',
          vettedBy: person.vettedBy,
          vettedOn: person.vettedOn,
          // Sealed with the key the person keeps as a member (their member id is the one the intake sealed for).
          notes: person.vettingNotes,
        },
        'vet',
      ),
      memberAggregate.send(
        person.memberId,
        {
          type: 'OnboardMember',
          centreId: intake.receivingCentreId,
          roles: person.roles,
          startsOn: intake.completedOn,
          origin: { kind: 'integrated-crew', intakeId: intake.intakeId, probationEndsOn: intake.probationEndsOn },
          actor,
        },
        'onboard',
      ),
    ]);
  },
});
