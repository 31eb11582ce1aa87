import { ReportHazard } from '../centre.commands';
import { destroyed, hazardReported, registered, spec } from './spec-support';

describe('ReportHazard', () => {
  const report: ReportHazard = { type: 'ReportHazard', ...hazardReported.data, location: ' Basement ' };
  it('records the hazard: kind, where, how severe, who reported it', () => {
    spec.given(registered).when(report).then([hazardReported]);
  });
  it('records a hazard in the rubble of a destroyed centre', () => {
    spec.given(destroyed).when(report).then([hazardReported]);
  });
  it('refuses the same hazard twice, a hazard without a place, a future date, an unknown centre', () => {
    spec
      .given([...registered, hazardReported])
      .when(report)
      .thenThrows('HAZARD_ALREADY_REPORTED');
    spec
      .given(registered)
      .when({ ...report, location: '' })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
    spec
      .given(registered)
      .when({ ...report, reportedOn: '2026-01-16' })
      .thenThrows('DATE_IN_FUTURE');
    spec.given([]).when(report).thenThrows('CENTRE_NOT_FOUND');
  });
});
