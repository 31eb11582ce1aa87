import { spec, hr, admin, suspended, onLeave, resigned, active, depart } from './spec-support';

describe('RecordDeparture', () => {
  it('records a resignation and a retirement', () => {
    spec.given(active).when(depart('resigned')).then([resigned]);
    spec
      .given([...active, onLeave])
      .when(depart('retired'))
      .then([{ type: 'MemberDeparted', data: { departedOn: '2025-09-01', reason: 'retired', notes: '' } }]);
  });
  it('lets only an admin dismiss, and only with a reason', () => {
    spec
      .given(active)
      .when(depart('dismissed', hr, 'Misconduct'))
      .thenThrows('DISMISSAL_FORBIDDEN');
    spec
      .given(active)
      .when(depart('dismissed', admin, ''))
      .thenThrows('REASON_REQUIRED');
    spec
      .given([...active, suspended])
      .when(depart('dismissed', admin, 'Misconduct'))
      .then([{ type: 'MemberDeparted', data: { departedOn: '2025-09-01', reason: 'dismissed', notes: 'Misconduct' } }]);
  });
  it('refuses a departure dated in the future or before the current assignment began', () => {
    spec
      .given(active)
      .when({ ...depart(), departedOn: '2026-02-01' })
      .thenThrows('DATE_IN_FUTURE');
    spec
      .given([
        ...active,
        {
          type: 'MemberTransferred',
          data: {
            fromCentreId: 'centre-aleppo-1',
            toCentreId: 'centre-idlib-3',
            effectiveOn: '2025-05-01',
            reason: 'r',
          },
        },
      ])
      .when({ ...depart(), departedOn: '2025-04-15' })
      .thenThrows('DATE_BEFORE_LAST_ASSIGNMENT');
  });
  it('refuses a departure before service began', () => {
    spec
      .given(active)
      .when({ ...depart(), departedOn: '2025-03-31' })
      .thenThrows('DATE_BEFORE_SERVICE_START');
  });
});
