import { damaged, degraded, spec, statusChanged } from './spec-support';

describe('RestoreCentre', () => {
  it('makes a degraded centre operational again', () => {
    spec
      .given(degraded)
      .when({ type: 'RestoreCentre', since: '2025-01-20', note: 'Power back' })
      .then([statusChanged('degraded', 'operational', '2025-01-20', { kind: 'restored', note: 'Power back' })]);
  });
  it('makes a repaired damaged centre operational again', () => {
    spec
      .given(damaged)
      .when({ type: 'RestoreCentre', since: '2017-01-01', note: 'Repaired' })
      .then([statusChanged('damaged', 'operational', '2017-01-01', { kind: 'restored', note: 'Repaired' })]);
  });
});
