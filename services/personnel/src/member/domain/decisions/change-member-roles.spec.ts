import { MemberEvent } from '../member.events';
import { spec, admin, suspended, active, changeRoles } from './spec-support';

describe('ChangeMemberRoles', () => {
  it('changes roles and records the previous ones', () => {
    spec
      .given(active)
      .when(changeRoles(['rescuer', 'driver']))
      .then([
        {
          type: 'MemberRolesChanged',
          data: {
            previousRoles: ['rescuer'],
            roles: ['rescuer', 'driver'],
            effectiveOn: '2025-05-01',
            reason: 'Passed the driving course',
          },
        },
      ]);
  });
  it('lets only an admin appoint a centre commander', () => {
    spec
      .given(active)
      .when(changeRoles(['team-leader', 'centre-commander']))
      .thenThrows('COMMANDER_APPOINTMENT_FORBIDDEN');
    spec
      .given(active)
      .when(changeRoles(['team-leader', 'centre-commander'], admin))
      .then([
        {
          type: 'MemberRolesChanged',
          data: {
            previousRoles: ['rescuer'],
            roles: ['team-leader', 'centre-commander'],
            effectiveOn: '2025-05-01',
            reason: 'Passed the driving course',
          },
        },
      ]);
  });
  it('refuses unchanged roles (in any order), no roles and an unknown role', () => {
    const twoRoles: MemberEvent = {
      type: 'MemberRolesChanged',
      data: { previousRoles: ['rescuer'], roles: ['rescuer', 'driver'], effectiveOn: '2025-05-01', reason: 'x' },
    };
    spec
      .given([...active, twoRoles])
      .when(changeRoles(['driver', 'rescuer']))
      .thenThrows('ROLES_UNCHANGED');
    spec.given(active).when(changeRoles([])).thenThrows('ROLES_REQUIRED');
    spec
      .given(active)
      .when(changeRoles(['warlord' as never]))
      .thenThrows('UNKNOWN_ROLE');
    spec
      .given(active)
      .when({ ...changeRoles(['driver']), reason: '' })
      .thenThrows('REASON_REQUIRED');
  });
  it('refuses a suspended member', () => {
    spec
      .given([...active, suspended])
      .when(changeRoles(['driver']))
      .thenThrows('MEMBER_SUSPENDED');
  });
});
