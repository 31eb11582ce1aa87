import { deciderSpec } from '@muster/event-sourcing/testing';
import { SetRoleRequirements } from '../role-requirements.commands';
import { roleRequirementsDecider } from '../role-requirements.decider';
import { RoleRequirementsSet } from '../role-requirements.events';

const spec = deciderSpec(roleRequirementsDecider);

const setDriver: SetRoleRequirements = {
  type: 'SetRoleRequirements',
  role: 'driver',
  competencies: ['driving', 'defensive-driving', 'first-aid', 'driving'],
  effectiveOn: '2026-01-01',
  reason: ' Drivers are first on scene ',
};
const driverSet: RoleRequirementsSet = {
  type: 'RoleRequirementsSet',
  data: {
    role: 'driver',
    competencies: ['defensive-driving', 'driving', 'first-aid'],
    effectiveOn: '2026-01-01',
    previous: ['defensive-driving', 'driving'],
    reason: 'Drivers are first on scene',
  },
};

describe('SetRoleRequirements', () => {
  it('records the new list (sorted, once each) beside the default it replaces, with the reason', () => {
    spec.given([]).when(setDriver).then([driverSet]);
  });
  it('records the list it replaces when set before; an empty list requires nothing', () => {
    spec
      .given([driverSet])
      .when({ ...setDriver, competencies: [], effectiveOn: '2026-03-01' })
      .then([
        {
          type: 'RoleRequirementsSet',
          data: {
            role: 'driver',
            competencies: [],
            effectiveOn: '2026-03-01',
            previous: ['defensive-driving', 'driving', 'first-aid'],
            reason: 'Drivers are first on scene',
          },
        },
      ]);
  });
  it('refuses what the role already requires, by default or as set', () => {
    spec
      .given([])
      .when({ ...setDriver, competencies: ['driving', 'defensive-driving'] })
      .thenThrows('REQUIREMENTS_UNCHANGED');
    spec.given([driverSet]).when(setDriver).thenThrows('REQUIREMENTS_UNCHANGED');
    spec
      .given([])
      .when({ ...setDriver, role: 'mechanic', competencies: [] })
      .thenThrows('REQUIREMENTS_UNCHANGED');
  });
  it('refuses a date before the version in force, and no date; the same date corrects it', () => {
    spec
      .given([driverSet])
      .when({ ...setDriver, competencies: ['driving'], effectiveOn: '2025-12-31' })
      .thenThrows('REQUIREMENT_DATE_BEFORE_CURRENT');
    spec
      .given([])
      .when({ ...setDriver, effectiveOn: '2026-02-30' })
      .thenThrows('INVALID_DATE');
    spec
      .given([driverSet])
      .when({ ...setDriver, competencies: ['driving'] })
      .then([
        {
          type: 'RoleRequirementsSet',
          data: { ...driverSet.data, competencies: ['driving'], previous: driverSet.data.competencies },
        },
      ]);
  });
  it('refuses an unknown role, a badly written competency, too many, and no reason', () => {
    spec
      .given([])
      .when({ ...setDriver, role: 'pilot' as SetRoleRequirements['role'] })
      .thenThrows('ROLE_UNKNOWN');
    spec
      .given([])
      .when({ ...setDriver, competencies: ['First Aid'] })
      .thenThrows('REQUIREMENT_INVALID_COMPETENCY');
    spec
      .given([])
      .when({ ...setDriver, competencies: Array.from({ length: 13 }, (_, i) => `skill-${i}`) })
      .thenThrows('REQUIREMENT_TOO_MANY');
    spec
      .given([])
      .when({ ...setDriver, reason: '  ' })
      .thenThrows('REQUIREMENT_REASON_REQUIRED');
  });
});
