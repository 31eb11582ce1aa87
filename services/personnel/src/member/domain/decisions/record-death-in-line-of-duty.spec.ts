import { fold } from '@muster/event-sourcing';
import { currentCentreOf, memberDecider } from '../member.decider';
import { spec, applied, killed, resigned, active, death, probationer } from './spec-support';

describe('RecordDeathInLineOfDuty', () => {
  it('records the death with its incident, the centre and roles held: a final status', () => {
    spec.given(active).when(death()).then([killed]);
    const s = fold(memberDecider, memberDecider.initialState, [...active, killed]);
    expect(s.status).toBe('killed');
    expect(currentCentreOf(s)).toBeNull();
    expect(s.assignments[0]?.until).toBe('2025-08-02');
  });
  it('refuses a death without an incident, dated in the future, or before service began', () => {
    spec
      .given(active)
      .when(death({ incidentRef: '' }))
      .thenThrows('INCIDENT_REFERENCE_REQUIRED');
    spec
      .given(active)
      .when(death({ diedOn: '2026-02-01' }))
      .thenThrows('DATE_IN_FUTURE');
    spec
      .given(active)
      .when(death({ diedOn: '2025-03-01' }))
      .thenThrows('DATE_BEFORE_SERVICE_START');
  });
  it('ends probation with the death, as a departure does', () => {
    expect(fold(memberDecider, memberDecider.initialState, [...probationer, killed]).probationEndsOn).toBeNull();
    expect(fold(memberDecider, memberDecider.initialState, [...probationer, resigned]).probationEndsOn).toBeNull();
  });
  it('refuses recording the death of an applicant', () => {
    spec.given([applied]).when(death()).thenThrows('MEMBER_NOT_ONBOARDED');
  });
});
