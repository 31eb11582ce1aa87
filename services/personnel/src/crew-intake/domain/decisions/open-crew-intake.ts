import { requireIsoDate } from '@muster/event-sourcing';
import { OpenCrewIntake } from '../crew-intake.commands';
import { CrewIntakeErrors as E } from '../crew-intake.errors';
import { CrewIntakeOpened } from '../crew-intake.events';
import { CrewIntakeState } from '../crew-intake.state';
import { text } from './guards';

/** Opens the intake of a unit from another organisation, for the centre that receives it. */
export function openCrewIntake(command: OpenCrewIntake, state: CrewIntakeState): CrewIntakeOpened[] {
  if (state.status !== 'none') throw E.alreadyOpened();
  const sourceOrganisation = text(command.sourceOrganisation);
  const unitName = text(command.unitName);
  const receivingCentreId = text(command.receivingCentreId);
  if (!sourceOrganisation) throw E.detailsRequired('sourceOrganisation');
  if (!unitName) throw E.detailsRequired('unitName');
  if (!receivingCentreId) throw E.detailsRequired('receivingCentreId');
  requireIsoDate(command.openedOn, 'openedOn');
  return [
    {
      type: 'CrewIntakeOpened',
      data: {
        intakeId: command.intakeId,
        sourceOrganisation,
        unitName,
        receivingCentreId,
        openedOn: command.openedOn,
      },
    },
  ];
}
