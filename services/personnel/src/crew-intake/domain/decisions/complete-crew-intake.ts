import { addMonths, requireIsoDate } from '@muster/event-sourcing';
import { intakeMemberId } from '../intake-member-id';
import { CompleteCrewIntake } from '../crew-intake.commands';
import { CrewIntakeErrors as E } from '../crew-intake.errors';
import { CrewIntakeCompleted } from '../crew-intake.events';
import { CrewIntakeState } from '../crew-intake.state';
import { requireOpen } from './guards';

/**
 * Closes the intake once everyone is vetted and every cleared person's ranks are mapped, setting the probation end.
 * The event carries all that making the members needs (their ids, identities, roles and vetting), so the process
 * that makes them never re-reads the intake.
 */
export function completeCrewIntake(command: CompleteCrewIntake, state: CrewIntakeState): CrewIntakeCompleted[] {
  // A retried completion (e.g. after a crash while making the members) records nothing more.
  if (state.status === 'completed') return [];
  requireOpen(state);
  // CrewIntakeOpened sets these with the 'open' status; the state type cannot say so, hence the check.
  const { intakeId, receivingCentreId, openedOn } = state;
  if (intakeId === null || receivingCentreId === null || openedOn === null) throw E.notFound();
  if (state.people.length === 0) throw E.noPeople();
  const unvetted = state.people.filter((p) => p.vetting === null).map((p) => p.personId);
  if (unvetted.length > 0) throw E.unvettedPeople(unvetted);
  const cleared = state.people.flatMap((p) => (p.vetting?.outcome === 'cleared' ? [{ ...p, vetting: p.vetting }] : []));
  const unmapped = cleared.filter((p) => p.roles === null).map((p) => p.personId);
  if (unmapped.length > 0) throw E.unmappedPeople(unmapped);
  requireIsoDate(command.completedOn, 'completedOn');
  if (command.completedOn < openedOn) throw E.completionBeforeOpening();
  const months = command.probationMonths;
  if (!Number.isInteger(months) || months < 1 || months > 24) throw E.invalidProbationPeriod(months);
  return [
    {
      type: 'CrewIntakeCompleted',
      data: {
        intakeId,
        openedOn,
        completedOn: command.completedOn,
        receivingCentreId,
        probationEndsOn: addMonths(command.completedOn, months),
        cleared: cleared.map((p) => ({
          personId: p.personId,
          memberId: intakeMemberId(intakeId, p.personId),
          callSign: p.callSign,
          identity: p.identity,
          roles: [...(p.roles ?? [])],
          vettedBy: p.vetting.vettedBy,
          vettedOn: p.vetting.vettedOn,
          vettingNotes: p.vetting.notes,
          priorService: [...p.priorService],
        })),
        rejectedPersonIds: state.people.filter((p) => p.vetting?.outcome === 'rejected').map((p) => p.personId),
      },
    },
  ];
}
