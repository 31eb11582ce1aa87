import { CrewIntakeEvent } from '../crew-intake.events';
import { spec, clerkService, opened, added, vetted, mappedByTable, officerMapped, map, withTwo } from './spec-support';

describe('MapPriorRanks', () => {
  it('maps prior ranks with the default table, recording the mapping', () => {
    spec.given(withTwo).when(map('p1')).then([mappedByTable]);
    spec
      .given([...withTwo, vetted('p2', 'cleared')])
      .when(map('p2'))
      .then([officerMapped]);
  });
  it('takes HR’s override, keeping what the table said', () => {
    spec
      .given(withTwo)
      .when(map('p1', { roles: ['rescuer', 'firefighter', 'rescuer'], reason: 'Did rubble rescue in 2016–2020' }))
      .then([
        {
          type: 'IntakePersonRolesMapped',
          data: {
            ...mappedByTable.data,
            roles: ['rescuer', 'firefighter'],
            source: 'override',
            overrideReason: 'Did rubble rescue in 2016–2020',
          },
        } as CrewIntakeEvent,
      ]);
  });
  it('may be redone before completion', () => {
    spec
      .given([...withTwo, mappedByTable])
      .when(map('p1'))
      .then([mappedByTable]);
  });
  it('refuses a rank the table does not know unless overridden', () => {
    const withClerk = [opened, added('p3', clerkService)];
    spec.given(withClerk).when(map('p3')).thenThrows('UNMAPPED_PRIOR_RANK');
    spec
      .given(withClerk)
      .when(map('p3', { roles: ['radio-operator'], reason: 'Ran the station radio' }))
      .then([
        {
          type: 'IntakePersonRolesMapped',
          data: {
            personId: 'p3',
            mapping: [{ organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Clerk', roles: [] }],
            roles: ['radio-operator'],
            source: 'override',
            overrideReason: 'Ran the station radio',
          },
        },
      ]);
  });
  it('refuses a rejected person, an unknown person, and bad overrides', () => {
    spec
      .given([...withTwo, vetted('p2', 'rejected')])
      .when(map('p2'))
      .thenThrows('INTAKE_PERSON_REJECTED');
    spec.given(withTwo).when(map('p9')).thenThrows('INTAKE_PERSON_NOT_FOUND');
    spec
      .given(withTwo)
      .when(map('p1', { roles: [], reason: 'x' }))
      .thenThrows('ROLES_REQUIRED');
    spec
      .given(withTwo)
      .when(map('p1', { roles: ['general' as never], reason: 'x' }))
      .thenThrows('UNKNOWN_ROLE');
    spec
      .given(withTwo)
      .when(map('p2', { roles: ['centre-commander'], reason: 'Was station chief' }))
      .thenThrows('COMMANDER_NOT_BY_MAPPING');
    spec
      .given(withTwo)
      .when(map('p1', { roles: ['rescuer'], reason: ' ' }))
      .thenThrows('REASON_REQUIRED');
  });
});
