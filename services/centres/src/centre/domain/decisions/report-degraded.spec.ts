import { registered, spec, statusChanged } from './spec-support';

describe('ReportDegraded', () => {
  it('records what limits the centre, each reason once, the note trimmed', () => {
    spec
      .given(registered)
      .when({
        type: 'ReportDegraded',
        since: '2025-03-01',
        reasons: ['no-power', 'road-cut', 'no-power'],
        note: ' Substation hit ',
      })
      .then([
        statusChanged('operational', 'degraded', '2025-03-01', {
          kind: 'degraded',
          reasons: ['no-power', 'road-cut'],
          note: 'Substation hit',
        }),
      ]);
  });
  it('refuses a degradation without a reason', () => {
    spec
      .given(registered)
      .when({ type: 'ReportDegraded', since: '2025-03-01', reasons: [], note: '' })
      .thenThrows('DEGRADATION_REASON_REQUIRED');
  });
});
