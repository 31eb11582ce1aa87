import { fold } from '@muster/event-sourcing';
import { intakeMemberId } from '../intake-member-id';
import { crewIntakeDecider } from '../crew-intake.decider';
import { CrewIntakeEvent } from '../crew-intake.events';
import {
  spec,
  sealedFor,
  clerkService,
  firefighterService,
  officerService,
  opened,
  added,
  vetted,
  mappedByTable,
  officerMapped,
  cancelled,
  complete,
  withTwo,
  readyToComplete,
} from './spec-support';

/** The member ids a completion gives the cleared people, in order. */
const memberIdsOf = (events: readonly CrewIntakeEvent[]): string[] =>
  events.flatMap((e) => (e.type === 'CrewIntakeCompleted' ? e.data.cleared.map((p) => p.memberId) : []));

describe('CompleteCrewIntake', () => {
  it('completes when everyone is vetted, yielding the cleared people with their roles and probation end', () => {
    const given = [
      ...withTwo,
      added('p3', clerkService),
      vetted('p1', 'cleared'),
      mappedByTable,
      vetted('p2', 'cleared'),
      officerMapped,
      vetted('p3', 'rejected'),
    ];
    spec
      .given(given)
      .when(complete(6))
      .then([
        {
          type: 'CrewIntakeCompleted',
          data: {
            intakeId: 'crew-intake-9',
            openedOn: '2025-01-10',
            completedOn: '2025-02-01',
            receivingCentreId: 'centre-aleppo-outpost',
            probationEndsOn: '2025-08-01',
            cleared: [
              {
                personId: 'p1',
                memberId: intakeMemberId('crew-intake-9', 'p1'),
                callSign: 'Cedar-p1',
                identity: sealedFor('key-p1'),
                roles: ['firefighter', 'driver'],
                vettedBy: 'user-vetter',
                vettedOn: '2025-01-20',
                vettingNotes: '',
                priorService: firefighterService,
              },
              {
                personId: 'p2',
                memberId: intakeMemberId('crew-intake-9', 'p2'),
                callSign: 'Cedar-p2',
                identity: sealedFor('key-p2'),
                roles: ['team-leader'],
                vettedBy: 'user-vetter',
                vettedOn: '2025-01-20',
                vettingNotes: '',
                priorService: officerService,
              },
            ],
            rejectedPersonIds: ['p3'],
          },
        },
      ]);
  });
  it('carries each cleared person’s own vetting, so making the members never re-reads the intake', () => {
    const clearedBy = (personId: string, vettedBy: string, vettedOn: string, notes: string): CrewIntakeEvent => ({
      type: 'IntakePersonVetted',
      data: { personId, outcome: 'cleared', vettedBy, vettedOn, notes },
    });
    spec
      .given([
        ...withTwo,
        clearedBy('p1', 'user-vetter-a', '2025-01-18', 'Known to the receiving centre'),
        mappedByTable,
        clearedBy('p2', 'user-vetter-b', '2025-01-21', ''),
        officerMapped,
      ])
      .when(complete(6))
      .then([
        {
          type: 'CrewIntakeCompleted',
          data: {
            intakeId: 'crew-intake-9',
            openedOn: '2025-01-10',
            completedOn: '2025-02-01',
            receivingCentreId: 'centre-aleppo-outpost',
            probationEndsOn: '2025-08-01',
            cleared: [
              {
                personId: 'p1',
                memberId: intakeMemberId('crew-intake-9', 'p1'),
                callSign: 'Cedar-p1',
                identity: sealedFor('key-p1'),
                roles: ['firefighter', 'driver'],
                vettedBy: 'user-vetter-a',
                vettedOn: '2025-01-18',
                vettingNotes: 'Known to the receiving centre',
                priorService: firefighterService,
              },
              {
                personId: 'p2',
                memberId: intakeMemberId('crew-intake-9', 'p2'),
                callSign: 'Cedar-p2',
                identity: sealedFor('key-p2'),
                roles: ['team-leader'],
                vettedBy: 'user-vetter-b',
                vettedOn: '2025-01-21',
                vettingNotes: '',
                priorService: officerService,
              },
            ],
            rejectedPersonIds: [],
          },
        },
      ]);
  });
  it('names each member to be by a UUID of the intake and the person: the same on a retry, never shared', () => {
    const completeAfter = (given: readonly CrewIntakeEvent[]): readonly CrewIntakeEvent[] =>
      crewIntakeDecider.decide(complete(), fold(crewIntakeDecider, crewIntakeDecider.initialState, given), {
        now: new Date(),
      });
    const ids = memberIdsOf(completeAfter(readyToComplete));
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(2);
    expect(memberIdsOf(completeAfter(readyToComplete))).toEqual(ids);
    // The same person ids in another intake are other people.
    const otherIntake: CrewIntakeEvent = {
      type: 'CrewIntakeOpened',
      data: {
        intakeId: 'crew-intake-10',
        sourceOrganisation: 'Aleppo Civil Fire Brigade',
        unitName: 'Station 4 crew',
        receivingCentreId: 'centre-aleppo-outpost',
        openedOn: '2025-01-10',
      },
    };
    const elsewhere = memberIdsOf(completeAfter([otherIntake, ...readyToComplete.slice(1)]));
    expect(elsewhere).toHaveLength(2);
    expect(elsewhere.filter((id) => ids.includes(id))).toEqual([]);
  });
  it('clamps the probation end to the month’s last day', () => {
    const [event] = crewIntakeDecider.decide(
      complete(1, '2025-01-31'),
      fold(crewIntakeDecider, crewIntakeDecider.initialState, readyToComplete),
      { now: new Date() },
    );
    expect(event?.type === 'CrewIntakeCompleted' && event.data.probationEndsOn).toBe('2025-02-28');
  });
  it('refuses while anyone is unvetted or a cleared person is unmapped, and with nobody in it', () => {
    spec
      .given([...withTwo, vetted('p1', 'cleared'), mappedByTable])
      .when(complete())
      .thenThrows('INTAKE_HAS_UNVETTED_PEOPLE');
    spec
      .given([...withTwo, vetted('p1', 'cleared'), vetted('p2', 'cleared'), officerMapped])
      .when(complete())
      .thenThrows('INTAKE_HAS_UNMAPPED_PEOPLE');
    spec.given([opened]).when(complete()).thenThrows('INTAKE_HAS_NO_PEOPLE');
  });
  it('refuses a probation that is not 1–24 whole months, and a completion before the opening', () => {
    spec.given(readyToComplete).when(complete(0)).thenThrows('INVALID_PROBATION_PERIOD');
    spec.given(readyToComplete).when(complete(2.5)).thenThrows('INVALID_PROBATION_PERIOD');
    spec.given(readyToComplete).when(complete(25)).thenThrows('INVALID_PROBATION_PERIOD');
    spec.given(readyToComplete).when(complete(6, '2025-01-01')).thenThrows('COMPLETION_BEFORE_OPENING');
  });
  it('appends nothing when completing an already completed intake (a retry), and refuses after cancellation', () => {
    const completed = crewIntakeDecider.decide(
      complete(),
      fold(crewIntakeDecider, crewIntakeDecider.initialState, readyToComplete),
      { now: new Date() },
    );
    spec
      .given([...readyToComplete, ...completed])
      .when(complete())
      .then([]);
    spec
      .given([...readyToComplete, ...completed])
      .when(complete(12, '2025-03-01'))
      .then([]);
    spec
      .given([...readyToComplete, cancelled])
      .when(complete())
      .thenThrows('INTAKE_CANCELLED');
  });
});
