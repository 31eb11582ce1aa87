import { registeredPlanned, spec, statusChanged } from './spec-support';

describe('CommissionCentre', () => {
  it('makes a planned centre operational from its first working day', () => {
    spec
      .given(registeredPlanned)
      .when({ type: 'CommissionCentre', since: '2025-03-01' })
      .then([statusChanged('planned', 'operational', '2025-03-01', { kind: 'commissioned' })]);
  });
});
