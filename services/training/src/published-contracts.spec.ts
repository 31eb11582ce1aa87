import { randomUUID } from 'node:crypto';
import { INTEGRATION_EVENTS } from '@muster/contracts';
import { Decider, DomainEvent, fold } from '@muster/event-sourcing';
import { certificationCatalogue } from './certification/domain/certification.catalogue';
import { CertificationCommand } from './certification/domain/certification.commands';
import { certificationDecider } from './certification/domain/certification.decider';
import { sessionCatalogue } from './session/domain/session.catalogue';
import { SessionCommand } from './session/domain/session.commands';
import { sessionDecider } from './session/domain/session.decider';

// Other services act on training's events through the contracts in @muster/contracts. Drive the deciders with real
// ids through certifications' lives and an induction session, and check every event a contract covers against it: a
// field renamed or dropped here fails this spec before it fails a consumer.
const now = { now: new Date('2026-01-15T09:00:00Z') };

function run<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, commands: readonly C[]): E[] {
  return commands.reduce<E[]>(
    (events, command) => [...events, ...decider.decide(command, fold(decider, decider.initialState, events), now)],
    [],
  );
}

const member = randomUUID();
const award = (competency: string): CertificationCommand => ({
  type: 'AwardCertification',
  data: {
    certificationId: randomUUID(),
    memberId: member,
    courseId: randomUUID(),
    competency,
    number: `DRV-${competency}`,
    issuingBody: 'civil-defence-training',
    issuedOn: '2024-01-10',
    expiresOn: '2025-01-09',
    verifiedBy: 'training-1',
    basis: { kind: 'session', sessionId: randomUUID() },
  },
});

const [sessionId, centreId] = [randomUUID(), randomUUID()];
const everyCentre = { centreIds: null };
const induction: SessionCommand[] = [
  {
    type: 'ScheduleSession',
    sessionId,
    courseId: randomUUID(),
    course: {
      courseId: randomUUID(),
      code: 'IND-100',
      competency: 'induction',
      passMark: 60,
      validityMonths: null,
      isInduction: true,
      retired: false,
      prerequisiteCompetencies: [],
    },
    centreId,
    instructorIds: [randomUUID()],
    startsOn: '2026-01-05',
    endsOn: '2026-01-07',
    capacity: 20,
    actor: everyCentre,
  },
  {
    type: 'EnrolMember',
    memberId: member,
    enrolledOn: '2026-01-02',
    member: { status: 'probation' },
    validCompetencies: [],
    courseRetired: false,
    actor: everyCentre,
  },
  {
    type: 'RecordResult',
    memberId: member,
    score: 90,
    resultOn: '2026-01-07',
    recordedBy: 'training-1',
    renews: null,
    actor: everyCentre,
  },
];

const published: DomainEvent[] = [
  ...run(certificationDecider, [
    award('driving'),
    { type: 'RenewCertification', renewedOn: '2024-12-01', expiresOn: '2026-11-30', sessionId: null },
    { type: 'SuspendCertification', suspendedOn: '2025-01-01', reason: 'Under investigation' },
    { type: 'ReinstateCertification', reinstatedOn: '2025-02-01' },
    { type: 'RevokeCertification', revokedOn: '2025-03-01', reason: 'Obtained by fraud' },
  ]),
  ...run(certificationDecider, [award('first-aid'), { type: 'ExpireCertification', asOf: '2025-02-01' }]),
  ...run(sessionDecider, induction),
];

describe('what training publishes keeps its contracts', () => {
  // Only the contracts of events it records so far; a new one fails here until the commands above produce it.
  const contracts = INTEGRATION_EVENTS.filter(
    (c) =>
      c.source === 'training' &&
      (c.type in certificationCatalogue.schemaVersions || c.type in sessionCatalogue.schemaVersions),
  );

  it.each(contracts.map((c) => [c.type, c] as const))('%s', (type, contract) => {
    const events = published.filter((e) => e.type === type);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(contract.problems(event.data)).toEqual([]);
  });
});
