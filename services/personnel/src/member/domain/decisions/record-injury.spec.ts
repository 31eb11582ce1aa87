import { fold } from '@muster/event-sourcing';
import { memberDecider } from '../member.decider';
import { MemberEvent } from '../member.events';
import { spec, suspended, onLeave, active, injury } from './spec-support';

describe('RecordInjury', () => {
  it('records an injury in the line of duty with its incident', () => {
    spec
      .given(active)
      .when(injury())
      .then([
        {
          type: 'MemberInjured',
          data: {
            injuredOn: '2025-07-20',
            inLineOfDuty: true,
            incidentRef: 'incident-2025-0720',
            description: 'Crush injury to the left hand during extraction',
          },
        },
      ]);
  });
  it('records an injury off duty without an incident, also while on leave or suspended', () => {
    const offDuty = injury({ inLineOfDuty: false, incidentRef: ' ' });
    const expected: MemberEvent[] = [
      {
        type: 'MemberInjured',
        data: {
          injuredOn: '2025-07-20',
          inLineOfDuty: false,
          incidentRef: null,
          description: 'Crush injury to the left hand during extraction',
        },
      },
    ];
    spec
      .given([...active, onLeave])
      .when(offDuty)
      .then(expected);
    spec
      .given([...active, suspended])
      .when(offDuty)
      .then(expected);
  });
  it('refuses a line-of-duty injury with no incident and an injury dated in the future', () => {
    spec
      .given(active)
      .when(injury({ incidentRef: null }))
      .thenThrows('INCIDENT_REFERENCE_REQUIRED');
    spec
      .given(active)
      .when(injury({ injuredOn: '2026-01-16' }))
      .thenThrows('DATE_IN_FUTURE');
  });
  it('keeps every injury in state', () => {
    const s = fold(memberDecider, memberDecider.initialState, [
      ...active,
      ...memberDecider.decide(injury(), fold(memberDecider, memberDecider.initialState, active), {
        now: new Date('2026-01-15'),
      }),
    ]);
    expect(s.injuries).toEqual([{ injuredOn: '2025-07-20', inLineOfDuty: true, incidentRef: 'incident-2025-0720' }]);
    expect(s.status).toBe('active');
  });
});
