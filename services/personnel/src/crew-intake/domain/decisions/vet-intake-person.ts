import { checkedVetting } from '../../../member/domain/common-rules';
import { VetIntakePerson } from '../crew-intake.commands';
import { CrewIntakeErrors as E } from '../crew-intake.errors';
import { IntakePersonVetted } from '../crew-intake.events';
import { CrewIntakeState } from '../crew-intake.state';
import { requireOpen, requirePerson } from './guards';

/** Clears or rejects one person of the crew, once, checked as an applicant would be. */
export function vetIntakePerson(command: VetIntakePerson, state: CrewIntakeState): IntakePersonVetted[] {
  requireOpen(state);
  const person = requirePerson(state, command.personId);
  if (person.vetting !== null) throw E.personAlreadyVetted(person.personId, person.vetting.outcome);
  const { vettedBy, notes } = checkedVetting(command);
  return [
    {
      type: 'IntakePersonVetted',
      data: { personId: person.personId, outcome: command.outcome, vettedBy, vettedOn: command.vettedOn, notes },
    },
  ];
}
