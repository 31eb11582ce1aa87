import { randomUUID } from 'node:crypto';
import { INTEGRATION_EVENTS } from '@muster/contracts';
import { Decider, DomainEvent, fold } from '@muster/event-sourcing';
import { CrewIntakeCommand } from './crew-intake/domain/crew-intake.commands';
import { crewIntakeDecider } from './crew-intake/domain/crew-intake.decider';
import { MemberCommand } from './member/domain/member.commands';
import { memberDecider } from './member/domain/member.decider';
import { identity } from './member/domain/decisions/spec-support';

// Other services act on personnel's events through the contracts in @muster/contracts. Drive the deciders through
// a member's whole service and a crew intake, with real ids, and check every event a contract covers against it:
// a field renamed or dropped here fails this spec before it fails a consumer.
const now = { now: new Date('2026-01-15T09:00:00Z') };
const hr = { id: 'user-hr', roles: ['hr' as const] };

function run<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, commands: readonly C[]): E[] {
  return commands.reduce<E[]>(
    (events, command) => [...events, ...decider.decide(command, fold(decider, decider.initialState, events), now)],
    [],
  );
}

const centre = randomUUID();
const memberCommands = (memberId: string, ending: MemberCommand): MemberCommand[] => [
  {
    type: 'ApplyForMembership',
    memberId,
    callSign: 'Falcon-7',
    rolesSought: ['rescuer'],
    preferredCentreId: centre,
    identity,
    appliedOn: '2025-03-01',
  },
  { type: 'VetApplicant', outcome: 'cleared', vettedBy: 'user-vetter', vettedOn: '2025-03-10', notes: '' },
  {
    type: 'OnboardMember',
    centreId: centre,
    roles: ['rescuer'],
    startsOn: '2025-04-01',
    origin: { kind: 'direct', probationEndsOn: null },
    actor: hr,
  },
  { type: 'TransferMember', toCentreId: randomUUID(), effectiveOn: '2025-05-01', reason: 'Needed in Aleppo' },
  { type: 'ChangeMemberRoles', roles: ['rescuer', 'driver'], effectiveOn: '2025-05-02', reason: 'Licensed', actor: hr },
  { type: 'SuspendMember', since: '2025-06-01', reason: 'Inquiry' },
  { type: 'ReinstateMember', reinstatedOn: '2025-06-10', notes: '' },
  { type: 'StartLeave', from: '2025-07-01', until: '2025-07-15', reason: 'Family' },
  { type: 'ReturnFromLeave', returnedOn: '2025-07-15' },
  { type: 'RecordInjury', injuredOn: '2025-08-01', inLineOfDuty: true, incidentRef: 'INC-1', description: 'Burns' },
  ending,
];

const memberEvents = [
  ...run(
    memberDecider,
    memberCommands(randomUUID(), {
      type: 'RecordDeathInLineOfDuty',
      diedOn: '2025-09-01',
      incidentRef: 'INC-2',
      circumstances: 'Double-tap strike',
    }),
  ),
  ...run(
    memberDecider,
    memberCommands(randomUUID(), {
      type: 'RecordDeparture',
      departedOn: '2025-09-01',
      reason: 'resigned',
      notes: '',
      actor: hr,
    }),
  ),
];

const intakeId = randomUUID();
const personId = randomUUID();
const intakeEvents = run(crewIntakeDecider, [
  {
    type: 'OpenCrewIntake',
    intakeId,
    sourceOrganisation: 'Aleppo Civil Fire Brigade',
    unitName: 'Station 3',
    receivingCentreId: centre,
    openedOn: '2025-01-05',
  },
  {
    type: 'AddIntakePerson',
    personId,
    callSign: 'Ember',
    identity,
    priorService: [{ organisation: 'State Fire Brigade', rankOrRole: 'Firefighter', from: '2012', to: null }],
  },
  { type: 'VetIntakePerson', personId, outcome: 'cleared', vettedBy: 'user-vetter', vettedOn: '2025-01-10', notes: '' },
  { type: 'MapPriorRanks', personId, override: null },
  { type: 'CompleteCrewIntake', completedOn: '2025-02-01', probationMonths: 6 },
] satisfies CrewIntakeCommand[]);

describe('what personnel publishes keeps its contracts', () => {
  const contracts = INTEGRATION_EVENTS.filter((c) => c.source === 'personnel');
  const published = [...memberEvents, ...intakeEvents];

  it.each(contracts.map((c) => [c.type, c] as const))('%s', (type, contract) => {
    const events = published.filter((e) => e.type === type);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(contract.problems(event.data)).toEqual([]);
  });
});
