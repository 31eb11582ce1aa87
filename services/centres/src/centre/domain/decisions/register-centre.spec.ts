import { register, registered, registeredPlanned, spec } from './spec-support';

describe('RegisterCentre', () => {
  it('records CentreRegistered, then its details and its first site, text trimmed', () => {
    spec
      .given([])
      .when({
        ...register,
        nameAr: ' مركز سراقب ',
        governorate: 'Idlib ',
        site: { ...register.site, address: ' Main road, Saraqib ' },
      })
      .then(registered);
  });
  it('registers a planned centre', () => {
    spec
      .given([])
      .when({ ...register, status: 'planned' })
      .then(registeredPlanned);
  });
  it('refuses a second time', () => {
    spec.given(registered).when(register).thenThrows('CENTRE_ALREADY_REGISTERED');
  });
  it('refuses blank details and a blank address', () => {
    spec
      .given([])
      .when({ ...register, nameEn: '  ' })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
    spec
      .given([])
      .when({ ...register, site: { address: ' ', coordinates: null } })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
  });
  it('refuses a capacity that is not a whole number of zero or more', () => {
    spec
      .given([])
      .when({ ...register, capacity: { people: -1, vehicleBays: 2 } })
      .thenThrows('CENTRE_CAPACITY_INVALID');
    spec
      .given([])
      .when({ ...register, capacity: { people: 10, vehicleBays: 1.5 } })
      .thenThrows('CENTRE_CAPACITY_INVALID');
  });
});
