import { MemberEvent } from '../member.events';
import { spec, admin, applied, cleared, onboarded, onboardedOnProbation, active, onboard } from './spec-support';

describe('OnboardMember', () => {
  it('onboards a cleared applicant directly', () => {
    spec.given([applied, cleared]).when(onboard).then([onboarded]);
  });
  it('onboards an integrated-crew member on probation', () => {
    spec
      .given([applied, cleared])
      .when({
        ...onboard,
        roles: ['firefighter'],
        origin: { kind: 'integrated-crew', intakeId: 'crew-intake-9', probationEndsOn: '2025-10-01' },
      })
      .then([onboardedOnProbation]);
  });
  it('lets only an admin onboard someone straight into centre command', () => {
    const asCommander = { ...onboard, roles: ['centre-commander' as const] };
    spec.given([applied, cleared]).when(asCommander).thenThrows('COMMANDER_APPOINTMENT_FORBIDDEN');
    spec
      .given([applied, cleared])
      .when({ ...asCommander, actor: admin })
      .then([{ type: 'MemberOnboarded', data: { ...onboarded.data, roles: ['centre-commander'] } } as MemberEvent]);
  });
  it('refuses an applicant not yet vetted, an unknown one and one already onboarded', () => {
    spec.given([applied]).when(onboard).thenThrows('APPLICANT_NOT_CLEARED');
    spec.given([]).when(onboard).thenThrows('MEMBER_NOT_FOUND');
    spec.given(active).when(onboard).thenThrows('MEMBER_ALREADY_ONBOARDED');
  });
  it('refuses a missing centre, no roles, a start before the application and probation ending before the start', () => {
    spec
      .given([applied, cleared])
      .when({ ...onboard, centreId: '' })
      .thenThrows('CENTRE_REQUIRED');
    spec
      .given([applied, cleared])
      .when({ ...onboard, roles: [] })
      .thenThrows('ROLES_REQUIRED');
    spec
      .given([applied, cleared])
      .when({ ...onboard, startsOn: '2025-02-01' })
      .thenThrows('START_BEFORE_APPLICATION');
    spec
      .given([applied, cleared])
      .when({ ...onboard, origin: { kind: 'direct', probationEndsOn: '2025-04-01' } })
      .thenThrows('PROBATION_ENDS_BEFORE_START');
    spec
      .given([applied, cleared])
      .when({ ...onboard, origin: { kind: 'integrated-crew', intakeId: 'i', probationEndsOn: '01/10/2025' } })
      .thenThrows('INVALID_DATE');
  });
});
