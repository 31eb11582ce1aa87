import { AppointCommander } from '../centre.commands';
import { CentreEvent } from '../centre.events';
import { registered, spec } from './spec-support';

describe('AppointCommander', () => {
  const appoint = (memberId: string, appointedOn = '2025-02-01', memberActive = true): AppointCommander => ({
    type: 'AppointCommander',
    memberId,
    appointedOn,
    memberActive,
  });
  const first: CentreEvent = {
    type: 'CentreCommanderAppointed',
    data: { memberId: 'member-1', appointedOn: '2025-02-01', previousCommanderId: null },
  };
  it('appoints a first commander, then a successor who replaces them', () => {
    spec.given(registered).when(appoint('member-1')).then([first]);
    spec
      .given([...registered, first])
      .when(appoint('member-2', '2025-06-01'))
      .then([
        {
          type: 'CentreCommanderAppointed',
          data: { memberId: 'member-2', appointedOn: '2025-06-01', previousCommanderId: 'member-1' },
        },
      ]);
  });
  it('refuses the member who already commands it, and a date before the current appointment', () => {
    spec
      .given([...registered, first])
      .when(appoint('member-1', '2025-03-01'))
      .thenThrows('COMMANDER_ALREADY_APPOINTED');
    spec
      .given([...registered, first])
      .when(appoint('member-2', '2025-01-31'))
      .thenThrows('APPOINTMENT_BEFORE_CURRENT');
  });
  it('refuses someone personnel has not reported as an active member', () => {
    spec
      .given(registered)
      .when(appoint('member-1', '2025-02-01', false))
      .thenThrows('COMMANDER_NOT_ACTIVE_MEMBER');
  });
  it('refuses a date that is not a date, and an unknown centre', () => {
    spec.given(registered).when(appoint('member-1', '2025-02-30')).thenThrows('INVALID_DATE');
    spec.given([]).when(appoint('member-1')).thenThrows('CENTRE_NOT_FOUND');
  });
});
