import { aleppo, arrived, ambulance, idlib, plan, planned, spec } from './spec-support';

describe('PlanBaseTransfer', () => {
  it('records the plan, each member and vehicle once, the reason trimmed', () => {
    spec
      .given([])
      .when({ ...plan, memberIds: ['member-1', 'member-2', 'member-1'], reason: ` ${plan.reason} ` })
      .then([planned]);
  });
  it('plans a transfer for which equipment’s news came first', () => {
    spec
      .given([arrived(ambulance)])
      .when(plan)
      .then([planned]);
  });
  it('refuses a second plan, the same centre at both ends, an unknown centre, a destroyed destination', () => {
    spec.given([planned]).when(plan).thenThrows('BASE_TRANSFER_ALREADY_PLANNED');
    spec
      .given([])
      .when({ ...plan, toCentreId: idlib })
      .thenThrows('BASE_TRANSFER_SAME_CENTRE');
    spec
      .given([])
      .when({ ...plan, centres: { [idlib]: 'operational' } })
      .thenThrows('BASE_TRANSFER_CENTRE_UNKNOWN');
    spec
      .given([])
      .when({ ...plan, centres: { [idlib]: 'operational', [aleppo]: 'destroyed' } })
      .thenThrows('BASE_TRANSFER_DESTINATION_DESTROYED');
  });
  it('refuses a transfer of nobody and nothing, one without a reason, a date that is not one', () => {
    spec
      .given([])
      .when({ ...plan, memberIds: [], vehicleIds: [] })
      .thenThrows('BASE_TRANSFER_EMPTY');
    spec
      .given([])
      .when({ ...plan, reason: ' ' })
      .thenThrows('BASE_TRANSFER_DETAILS_REQUIRED');
    spec
      .given([])
      .when({ ...plan, plannedOn: '2025-02-30' })
      .thenThrows('INVALID_DATE');
  });
});
