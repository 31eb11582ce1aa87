import { currentStanding, MemberFact, standingPeriods } from './member-periods';

const A = 'centre-a';
const B = 'centre-b';
const onboarded: MemberFact = {
  type: 'MemberOnboarded',
  data: { centreId: A, roles: ['rescuer'], startsOn: '2025-01-01' },
};
const transferred: MemberFact = {
  type: 'MemberTransferred',
  data: { fromCentreId: A, toCentreId: B, effectiveOn: '2025-06-01' },
};
const driver: MemberFact = {
  type: 'MemberRolesChanged',
  data: { roles: ['rescuer', 'driver'], effectiveOn: '2025-03-01' },
};

describe("a member's standing from personnel's facts", () => {
  it('is unknown until the onboarding, whatever came before it', () => {
    expect(currentStanding([])).toBeNull();
    expect(currentStanding([transferred])).toBeNull();
    expect(standingPeriods([transferred])).toEqual([]);
  });

  it('follows onboarding, transfer and roles now, and day by day from each date', () => {
    const facts = [onboarded, transferred, driver];
    expect(currentStanding(facts)).toEqual({ status: 'active', centreId: B, roles: ['rescuer', 'driver'] });
    // The roles change, recorded after the transfer but dated before it, counts from its own date.
    expect(standingPeriods(facts)).toEqual([
      { status: 'active', centreId: A, roles: ['rescuer'], from: '2025-01-01', until: '2025-03-01' },
      { status: 'active', centreId: A, roles: ['rescuer', 'driver'], from: '2025-03-01', until: '2025-06-01' },
      { status: 'active', centreId: B, roles: ['rescuer', 'driver'], from: '2025-06-01', until: null },
    ]);
  });

  it('counts suspension, leave and their ends; an injury changes no status', () => {
    const facts: MemberFact[] = [
      onboarded,
      { type: 'MemberSuspended', data: { since: '2025-02-01' } },
      { type: 'MemberReinstated', data: { reinstatedOn: '2025-02-10' } },
      { type: 'MemberWentOnLeave', data: { from: '2025-04-01', until: '2025-04-20' } },
      { type: 'MemberInjured', data: { injuredOn: '2025-04-05', inLineOfDuty: true } },
      { type: 'MemberReturnedFromLeave', data: { returnedOn: '2025-04-15' } },
    ];
    expect(standingPeriods(facts).map(({ status, from, until }) => ({ status, from, until }))).toEqual([
      { status: 'active', from: '2025-01-01', until: '2025-02-01' },
      { status: 'suspended', from: '2025-02-01', until: '2025-02-10' },
      { status: 'active', from: '2025-02-10', until: '2025-04-01' },
      { status: 'on-leave', from: '2025-04-01', until: '2025-04-15' },
      { status: 'active', from: '2025-04-15', until: null },
    ]);
  });

  it('records a death with its centre and roles even without the onboarding, and a departure', () => {
    const killed: MemberFact = {
      type: 'MemberKilledInLineOfDuty',
      data: { diedOn: '2025-05-01', centreId: B, roles: ['firefighter'] },
    };
    expect(currentStanding([killed])).toEqual({ status: 'killed', centreId: B, roles: ['firefighter'] });
    expect(currentStanding([onboarded, killed])).toEqual({ status: 'killed', centreId: B, roles: ['firefighter'] });
    const departed: MemberFact = { type: 'MemberDeparted', data: { departedOn: '2025-07-01', reason: 'resigned' } };
    expect(standingPeriods([onboarded, departed])).toEqual([
      { status: 'active', centreId: A, roles: ['rescuer'], from: '2025-01-01', until: '2025-07-01' },
      { status: 'departed', centreId: A, roles: ['rescuer'], from: '2025-07-01', until: null },
    ]);
  });
});
