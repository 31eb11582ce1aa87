import { FactEvent, ReadinessFact, startOf, SubjectKind } from './readiness-facts';
import { periodsOf } from './readiness-periods';

const A = 'centre-a';
const B = 'centre-b';
let seq = 0;

/** A fact of the log, taking effect at the start of `date` (or at an instant). */
function fact(kind: SubjectKind, subjectId: string, at: string, event: FactEvent): ReadinessFact {
  seq += 1;
  return {
    ...event,
    eventId: `event-${seq}`,
    source: 'personnel',
    kind,
    subjectId,
    at: at.length === 10 ? startOf(at) : at,
    order: seq,
  };
}

const member = (at: string, event: FactEvent) => fact('member', 'm-1', at, event);
const certification = (at: string, event: FactEvent) => fact('certification', 'cert-1', at, event);
const vehicle = (at: string, event: FactEvent) => fact('vehicle', 'v-1', at, event);
const span = (p: { validFrom: string; validTo: string | null }) => [p.validFrom.slice(0, 10), p.validTo?.slice(0, 10)];

describe('readiness periods, derived from a subject’s facts', () => {
  const onboarded = member('2025-01-01', {
    type: 'MemberOnboarded',
    data: { centreId: A, roles: ['rescuer', 'driver'], startsOn: '2025-01-01' },
  });
  const leave = member('2025-02-01', { type: 'MemberWentOnLeave', data: { from: '2025-02-01', until: '2025-02-10' } });
  const back = member('2025-02-12', { type: 'MemberReturnedFromLeave', data: { returnedOn: '2025-02-12' } });
  const moved = member('2025-03-01', {
    type: 'MemberTransferred',
    data: { fromCentreId: A, toCentreId: B, effectiveOn: '2025-03-01' },
  });
  const killed = member('2025-04-01', {
    type: 'MemberKilledInLineOfDuty',
    data: { diedOn: '2025-04-01', centreId: B, roles: ['rescuer', 'driver'] },
  });

  it('follows a member: on duty, on leave, back, transferred, killed', () => {
    const periods = periodsOf('member', 'm-1', [onboarded, leave, back, moved, killed]);
    expect(periods.map((p) => [...span(p), p.centreId, p.onDuty])).toEqual([
      ['2025-01-01', '2025-02-01', A, true],
      ['2025-02-01', '2025-02-12', A, false],
      ['2025-02-12', '2025-03-01', A, true],
      ['2025-03-01', '2025-04-01', B, true],
    ]);
    expect(periods[0]).toMatchObject({
      kind: 'member',
      subjectId: 'm-1',
      memberId: 'm-1',
      roles: ['driver', 'rescuer'],
    });
  });

  it('gives the same periods whatever order the facts arrived in, and ignores nothing kept early', () => {
    const inOrder = periodsOf('member', 'm-1', [onboarded, leave, back, moved, killed]);
    expect(periodsOf('member', 'm-1', [killed, back, moved, onboarded, leave])).toEqual(inOrder);
    // Before the onboarding arrives, a leave is kept but shows nothing.
    expect(periodsOf('member', 'm-1', [leave])).toEqual([]);
  });

  it('keeps an injured member off duty until HR returns them to duty', () => {
    const injured = member('2025-01-10', {
      type: 'MemberInjured',
      data: { injuredOn: '2025-01-10', inLineOfDuty: true },
    });
    const reinstated = member('2025-01-20', { type: 'MemberReinstated', data: { reinstatedOn: '2025-01-20' } });
    const periods = periodsOf('member', 'm-1', [onboarded, injured, reinstated]);
    expect(periods.map((p) => [...span(p), p.onDuty])).toEqual([
      ['2025-01-01', '2025-01-10', true],
      ['2025-01-10', '2025-01-20', false],
      ['2025-01-20', undefined, true],
    ]);
  });

  const awarded = certification('2025-01-01', {
    type: 'CertificationAwarded',
    data: {
      certificationId: 'cert-1',
      memberId: 'm-1',
      competency: 'driving',
      issuedOn: '2025-01-01',
      expiresOn: '2025-06-01',
    },
  });

  it('holds a certification valid from its issue through its expiry date, without waiting for an event', () => {
    expect(periodsOf('certification', 'cert-1', [awarded]).map((p) => [...span(p), p.memberId, p.competency])).toEqual([
      ['2025-01-01', '2025-06-02', 'm-1', 'driving'],
    ]);
  });

  it('ends it at an expiry, suspension or revocation; a renewal or reinstatement makes it valid again, a revocation never', () => {
    const data = { certificationId: 'cert-1', memberId: 'm-1', competency: 'driving' };
    const expired = certification('2025-03-01', {
      type: 'CertificationExpired',
      data: { ...data, expiredOn: '2025-03-01' },
    });
    const renewed = certification('2025-04-01', { type: 'CertificationRenewed', data: { ...data, expiresOn: null } });
    expect(periodsOf('certification', 'cert-1', [awarded, expired, renewed]).map(span)).toEqual([
      ['2025-01-01', '2025-03-01'],
      ['2025-04-01', undefined],
    ]);
    const revoked = certification('2025-02-01', {
      type: 'CertificationRevoked',
      data: { ...data, revokedOn: '2025-02-01' },
    });
    expect(periodsOf('certification', 'cert-1', [awarded, revoked, renewed]).map(span)).toEqual([
      ['2025-01-01', '2025-02-01'],
    ]);
    const suspended = certification('2025-02-01', {
      type: 'CertificationSuspended',
      data: { ...data, suspendedOn: '2025-02-01' },
    });
    const reinstated = certification('2025-02-15', {
      type: 'CertificationReinstated',
      data: { ...data, reinstatedOn: '2025-02-15' },
    });
    expect(periodsOf('certification', 'cert-1', [reinstated, awarded, suspended]).map(span)).toEqual([
      ['2025-01-01', '2025-02-01'],
      ['2025-02-15', '2025-06-02'],
    ]);
  });

  it('holds a vehicle at its centre while not in transit nor written off, with its status', () => {
    const registered = vehicle('2025-01-01T08:00:00.000Z', {
      type: 'VehicleRegistered',
      data: { vehicleId: 'v-1', vehicleType: 'ambulance', centreId: A, status: 'serviceable' },
    });
    const move = { vehicleId: 'v-1', moveId: 'mv-1', transferId: null };
    const dispatched = vehicle('2025-02-01T08:00:00.000Z', {
      type: 'VehicleDispatched',
      data: { ...move, fromCentreId: A, toCentreId: B, dispatchedAt: '2025-02-01T08:00:00.000Z' },
    });
    const arrived = vehicle('2025-02-01T12:00:00.000Z', {
      type: 'VehicleArrived',
      data: { ...move, centreId: B, arrivedAt: '2025-02-01T12:00:00.000Z' },
    });
    const damaged = vehicle('2025-03-01T00:00:00.000Z', {
      type: 'VehicleStatusChanged',
      data: { vehicleId: 'v-1', status: 'unserviceable', reasonCode: 'DAMAGED' },
    });
    const writtenOff = vehicle('2025-04-01T00:00:00.000Z', {
      type: 'VehicleStatusChanged',
      data: { vehicleId: 'v-1', status: 'written-off', reasonCode: 'DESTROYED' },
    });
    const periods = periodsOf('vehicle', 'v-1', [registered, dispatched, arrived, damaged, writtenOff]);
    expect(periods.map((p) => [p.validFrom, p.validTo, p.centreId, p.vehicleType, p.vehicleStatus])).toEqual([
      ['2025-01-01T08:00:00.000Z', '2025-02-01T08:00:00.000Z', A, 'ambulance', 'serviceable'],
      ['2025-02-01T12:00:00.000Z', '2025-03-01T00:00:00.000Z', B, 'ambulance', 'serviceable'],
      ['2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z', B, 'ambulance', 'unserviceable'],
    ]);
  });

  it('follows a centre’s status from its registration, and a hazard from its report to its clearance', () => {
    const registered = fact('centre', A, '2025-01-05T10:00:00.000Z', {
      type: 'CentreRegistered',
      data: { centreId: A, code: 'ALP-01', status: 'operational' },
    });
    // Dated on the day of the registration, before the instant it was recorded: it still stands after it.
    const damaged = fact('centre', A, '2025-01-05', {
      type: 'CentreStatusChanged',
      data: { centreId: A, status: 'damaged' },
    });
    expect(
      periodsOf('centre', A, [registered, damaged]).map((p) => [p.validFrom, p.centreStatus, p.centreCode]),
    ).toEqual([['2025-01-05T10:00:00.000Z', 'damaged', 'ALP-01']]);
    const reported = fact('hazard', 'h-1', '2025-01-06', {
      type: 'HazardReported',
      data: { centreId: A, hazardId: 'h-1', severity: 'severe' },
    });
    const cleared = fact('hazard', 'h-1', '2025-01-09', {
      type: 'HazardCleared',
      data: { centreId: A, hazardId: 'h-1' },
    });
    expect(periodsOf('hazard', 'h-1', [cleared, reported]).map((p) => [...span(p), p.centreId, p.severity])).toEqual([
      ['2025-01-06', '2025-01-09', A, 'severe'],
    ]);
  });
});
