import { DEFAULT_RANK_ROLE_TABLE, mapPriorService, rolesForRank } from './rank-mapping';

describe('default rank → role table', () => {
  it.each([
    ['Firefighter', ['firefighter']],
    ['Senior fireman', ['firefighter']],
    ['Fire engine driver', ['firefighter', 'driver']],
    ['Driver', ['driver']],
    ['Ambulance nurse', ['paramedic']],
    ['Rescue technician', ['rescuer']],
    ['Fire station officer', ['firefighter', 'team-leader']],
    ['Lieutenant', ['team-leader']],
    ['Station Chief', ['team-leader']],
    ['Commander', ['team-leader']],
    ['Radio operator', ['radio-operator']],
    ['Vehicle mechanic', ['mechanic']],
    ['إطفائي', ['firefighter']],
    ['رجل الإطفاء', ['firefighter']],
    ['سائق سيارة إطفاء', ['firefighter', 'driver']],
    ['مسعف', ['paramedic']],
    ['ملازم أول', ['team-leader']],
    ['نقيب', ['team-leader']],
    ['Clerk', []],
    ['Driver / إطفائي', ['firefighter', 'driver']],
    ['Rescue team - منقذ', ['rescuer']],
  ])('%s → %j', (rank, roles) => {
    expect(rolesForRank(rank)).toEqual(roles);
  });

  it('never maps anyone to centre commander', () => {
    expect(DEFAULT_RANK_ROLE_TABLE.flatMap((r) => r.roles)).not.toContain('centre-commander');
  });

  it('maps a whole prior service and names what it could not map', () => {
    expect(
      mapPriorService([
        { organisation: 'Aleppo Fire Department', rankOrRole: 'Firefighter' },
        { organisation: 'Aleppo Fire Department', rankOrRole: 'Sergeant' },
        { organisation: 'Municipality', rankOrRole: 'Clerk' },
      ]),
    ).toEqual({
      entries: [
        { organisation: 'Aleppo Fire Department', rankOrRole: 'Firefighter', roles: ['firefighter'] },
        { organisation: 'Aleppo Fire Department', rankOrRole: 'Sergeant', roles: ['team-leader'] },
        { organisation: 'Municipality', rankOrRole: 'Clerk', roles: [] },
      ],
      roles: ['firefighter', 'team-leader'],
      unmapped: ['Clerk'],
    });
  });

  it('accepts another table', () => {
    expect(rolesForRank('Clerk', [{ keywords: ['clerk'], roles: ['radio-operator'] }])).toEqual(['radio-operator']);
  });
});
