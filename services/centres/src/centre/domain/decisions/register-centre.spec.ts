import { RegisterCentre } from '../centre.commands';
import { CentreRegistered } from '../centre.events';
import { spec } from './spec-support';

const command: RegisterCentre = {
  type: 'RegisterCentre',
  centreId: 'centre-1',
  code: 'IDL-03',
  nameAr: ' مركز سراقب ',
  nameEn: 'Saraqib Centre',
  governorate: 'Idlib',
  status: 'operational',
};
const centreRegistered: CentreRegistered = {
  type: 'CentreRegistered',
  data: {
    centreId: 'centre-1',
    code: 'IDL-03',
    nameAr: 'مركز سراقب',
    nameEn: 'Saraqib Centre',
    governorate: 'Idlib',
    status: 'operational',
  },
};

describe('RegisterCentre', () => {
  it('records CentreRegistered, names trimmed', () => {
    spec.given([]).when(command).then([centreRegistered]);
  });
  it('refuses a second time', () => {
    spec.given([centreRegistered]).when(command).thenThrows('CENTRE_ALREADY_REGISTERED');
  });
  it('refuses blank details', () => {
    spec
      .given([])
      .when({ ...command, nameEn: '  ' })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
  });
});
