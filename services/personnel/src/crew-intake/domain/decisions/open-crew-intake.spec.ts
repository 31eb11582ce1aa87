import { OpenCrewIntake } from '../crew-intake.commands';
import { spec, opened } from './spec-support';

const open: OpenCrewIntake = {
  type: 'OpenCrewIntake',
  intakeId: 'crew-intake-9',
  sourceOrganisation: ' Aleppo Civil Fire Brigade ',
  unitName: 'Station 3 crew',
  receivingCentreId: 'centre-aleppo-outpost',
  openedOn: '2025-01-10',
};

describe('OpenCrewIntake', () => {
  it('opens an intake for a unit from another organisation', () => {
    spec.given([]).when(open).then([opened]);
  });
  it('refuses opening twice and missing details', () => {
    spec.given([opened]).when(open).thenThrows('INTAKE_ALREADY_OPENED');
    spec
      .given([])
      .when({ ...open, sourceOrganisation: '' })
      .thenThrows('INTAKE_DETAILS_REQUIRED');
    spec
      .given([])
      .when({ ...open, unitName: ' ' })
      .thenThrows('INTAKE_DETAILS_REQUIRED');
    spec
      .given([])
      .when({ ...open, receivingCentreId: '' })
      .thenThrows('INTAKE_DETAILS_REQUIRED');
    spec
      .given([])
      .when({ ...open, openedOn: '10/01/2025' })
      .thenThrows('INVALID_DATE');
  });
});
