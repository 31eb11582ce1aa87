import { requireIsoDate } from '@muster/event-sourcing';
import { requireText } from '../../../member/domain/common-rules';
import { CancelCrewIntake } from '../crew-intake.commands';
import { CrewIntakeErrors as E } from '../crew-intake.errors';
import { CrewIntakeCancelled } from '../crew-intake.events';
import { CrewIntakeState } from '../crew-intake.state';
import { requireOpen } from './guards';

/** Abandons an open intake, with a reason. */
export function cancelCrewIntake(command: CancelCrewIntake, state: CrewIntakeState): CrewIntakeCancelled[] {
  requireOpen(state);
  requireIsoDate(command.cancelledOn, 'cancelledOn');
  const reason = requireText(command.reason, () => E.reasonRequired('reason'));
  return [{ type: 'CrewIntakeCancelled', data: { cancelledOn: command.cancelledOn, reason } }];
}
