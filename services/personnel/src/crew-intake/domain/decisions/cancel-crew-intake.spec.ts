import { fold } from '@muster/event-sourcing';
import { CancelCrewIntake } from '../crew-intake.commands';
import { crewIntakeDecider } from '../crew-intake.decider';
import { spec, cancelled, complete, withTwo, readyToComplete } from './spec-support';

const cancel: CancelCrewIntake = { type: 'CancelCrewIntake', cancelledOn: '2025-01-15', reason: 'Unit dispersed' };

describe('CancelCrewIntake', () => {
  it('cancels an open intake', () => {
    spec
      .given(withTwo)
      .when(cancel)
      .then([{ type: 'CrewIntakeCancelled', data: { cancelledOn: '2025-01-15', reason: 'Unit dispersed' } }]);
  });
  it('refuses without a reason, twice, after completion, or for no intake', () => {
    spec
      .given(withTwo)
      .when({ ...cancel, reason: '' })
      .thenThrows('REASON_REQUIRED');
    spec
      .given([...withTwo, cancelled])
      .when(cancel)
      .thenThrows('INTAKE_CANCELLED');
    const completed = crewIntakeDecider.decide(
      complete(),
      fold(crewIntakeDecider, crewIntakeDecider.initialState, readyToComplete),
      { now: new Date() },
    );
    spec
      .given([...readyToComplete, ...completed])
      .when(cancel)
      .thenThrows('INTAKE_ALREADY_COMPLETED');
    spec.given([]).when(cancel).thenThrows('INTAKE_NOT_FOUND');
  });
});
