import { ReportIncident } from '../centre.commands';
import { airStrike, damaged, registered, spec, statusChanged } from './spec-support';

describe('ReportIncident', () => {
  const strike: ReportIncident = { type: 'ReportIncident', outcome: 'damaged', ...airStrike };
  it('records the damage with its incident, dated from the incident', () => {
    spec
      .given(registered)
      .when(strike)
      .then([statusChanged('operational', 'damaged', '2016-04-12', { kind: 'damaged', incident: airStrike })]);
  });
  it('records a double-tap strike that destroys a damaged centre; a blank incident reference is none', () => {
    const doubleTap = {
      ...airStrike,
      cause: 'double-tap-strike' as const,
      occurredOn: '2016-04-13',
      incidentRef: null,
    };
    spec
      .given(damaged)
      .when({ ...strike, ...doubleTap, incidentRef: '  ', outcome: 'destroyed' })
      .then([statusChanged('damaged', 'destroyed', '2016-04-13', { kind: 'destroyed', incident: doubleTap })]);
  });
  it('refuses an incident without a description, or dated before the current status', () => {
    spec
      .given(registered)
      .when({ ...strike, description: ' ' })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
    spec
      .given(damaged)
      .when({ ...strike, outcome: 'destroyed', occurredOn: '2016-04-11' })
      .thenThrows('STATUS_DATE_BEFORE_CURRENT');
  });
  it('refuses to damage a centre already recorded as damaged', () => {
    spec
      .given(damaged)
      .when({ ...strike, occurredOn: '2016-05-01' })
      .thenThrows('STATUS_TRANSITION_NOT_ALLOWED');
  });
});
