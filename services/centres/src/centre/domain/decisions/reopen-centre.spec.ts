import { closed, spec, statusChanged } from './spec-support';

describe('ReopenCentre', () => {
  it('makes a closed centre operational again', () => {
    spec
      .given(closed)
      .when({ type: 'ReopenCentre', since: '2025-03-01', note: 'Front moved away' })
      .then([statusChanged('closed', 'operational', '2025-03-01', { kind: 'reopened', note: 'Front moved away' })]);
  });
});
