import { fold } from '@muster/event-sourcing';
import { Actor, MemberCommand } from '../member.commands';
import { currentCentreOf, memberDecider } from '../member.decider';
import { MemberEvent } from '../member.events';
import { spec, hr, admin, suspended, killed, resigned, active, suspend } from './spec-support';

describe('CorrectRecord', () => {
  const correct = (
    correction: Parameters<typeof asCorrection>[0],
    actor = admin,
  ): MemberCommand & { type: 'CorrectRecord' } => asCorrection(correction, actor);
  function asCorrection(
    correction: (MemberCommand & { type: 'CorrectRecord' })['correction'],
    actor: Actor,
  ): MemberCommand & { type: 'CorrectRecord' } {
    return { type: 'CorrectRecord', correction, reason: 'Record entered wrongly from the field report', actor };
  }
  const corrected = (correction: (MemberCommand & { type: 'CorrectRecord' })['correction']): MemberEvent => ({
    type: 'MemberRecordCorrected',
    data: { correction, reason: 'Record entered wrongly from the field report', correctedBy: 'user-admin' },
  });

  it('corrects the date and incident of a recorded death', () => {
    const c = { kind: 'death-record', diedOn: '2025-08-01', incidentRef: 'incident-2025-0801-idlib' } as const;
    spec
      .given([...active, killed])
      .when(correct(c))
      .then([corrected(c)]);
    expect(fold(memberDecider, memberDecider.initialState, [...active, killed, corrected(c)]).death).toEqual({
      diedOn: '2025-08-01',
      incidentRef: 'incident-2025-0801-idlib',
    });
  });
  it('corrects a departure record', () => {
    const c = { kind: 'departure-record', departedOn: '2025-08-25', reason: 'retired' } as const;
    spec
      .given([...active, resigned])
      .when(correct(c))
      .then([corrected(c)]);
  });
  it('corrects a call-sign, whatever the status', () => {
    const c = { kind: 'call-sign', callSign: 'Falcon-8' } as const;
    spec
      .given([...active, killed])
      .when(correct(c))
      .then([corrected(c)]);
    spec
      .given(active)
      .when(correct({ kind: 'call-sign', callSign: ' Falcon-8 ' }))
      .then([corrected(c)]);
    expect(fold(memberDecider, memberDecider.initialState, [...active, corrected(c)]).callSign).toBe('Falcon-8');
  });
  it('revokes a death recorded in error: the member is active again at their centre', () => {
    const c = { kind: 'final-status-revoked' } as const;
    spec
      .given([...active, killed])
      .when(correct(c))
      .then([corrected(c)]);
    const s = fold(memberDecider, memberDecider.initialState, [...active, killed, corrected(c)]);
    expect(s.status).toBe('active');
    expect(s.death).toBeNull();
    expect(currentCentreOf(s)).toBe('centre-aleppo-1');
    spec
      .given([...active, killed, corrected(c)])
      .when(suspend)
      .then([suspended]);
  });
  it('moves the closing date of the last assignment with a corrected death or departure date', () => {
    const death = { kind: 'death-record', diedOn: '2025-08-01', incidentRef: 'incident-2025-0801-idlib' } as const;
    const afterDeath = fold(memberDecider, memberDecider.initialState, [...active, killed, corrected(death)]);
    expect(afterDeath.assignments[afterDeath.assignments.length - 1]?.until).toBe('2025-08-01');
    const departure = { kind: 'departure-record', departedOn: '2025-08-25', reason: 'retired' } as const;
    const afterDeparture = fold(memberDecider, memberDecider.initialState, [...active, resigned, corrected(departure)]);
    expect(afterDeparture.assignments[afterDeparture.assignments.length - 1]?.until).toBe('2025-08-25');
  });
  it('refuses a corrected date before service began or before the last assignment began', () => {
    spec
      .given([...active, killed])
      .when(correct({ kind: 'death-record', diedOn: '2025-03-31', incidentRef: 'i' }))
      .thenThrows('DATE_BEFORE_SERVICE_START');
    spec
      .given([...active, resigned])
      .when(correct({ kind: 'departure-record', departedOn: '2025-03-31', reason: 'retired' }))
      .thenThrows('DATE_BEFORE_SERVICE_START');
    const transferred: MemberEvent = {
      type: 'MemberTransferred',
      data: { fromCentreId: 'centre-aleppo-1', toCentreId: 'centre-idlib-3', effectiveOn: '2025-05-01', reason: 'r' },
    };
    spec
      .given([...active, transferred, resigned])
      .when(correct({ kind: 'departure-record', departedOn: '2025-04-15', reason: 'retired' }))
      .thenThrows('DATE_BEFORE_LAST_ASSIGNMENT');
    spec
      .given([...active, resigned])
      .when(correct({ kind: 'departure-record', departedOn: '2026-02-01', reason: 'retired' }))
      .thenThrows('DATE_IN_FUTURE');
  });
  it('refuses anyone but an admin (403)', () => {
    spec
      .given([...active, killed])
      .when(correct({ kind: 'call-sign', callSign: 'x' }, hr))
      .thenThrows('ADMIN_ROLE_REQUIRED');
  });
  it('refuses correcting what was never recorded, and corrections without reason or with bad values', () => {
    spec
      .given(active)
      .when(correct({ kind: 'death-record', diedOn: '2025-08-01', incidentRef: 'i' }))
      .thenThrows('NOTHING_TO_CORRECT');
    spec
      .given(active)
      .when(correct({ kind: 'departure-record', departedOn: '2025-08-01', reason: 'retired' }))
      .thenThrows('NOTHING_TO_CORRECT');
    spec
      .given(active)
      .when(correct({ kind: 'final-status-revoked' }))
      .thenThrows('NOTHING_TO_CORRECT');
    spec
      .given([])
      .when(correct({ kind: 'call-sign', callSign: 'x' }))
      .thenThrows('MEMBER_NOT_FOUND');
    spec
      .given(active)
      .when({ ...correct({ kind: 'call-sign', callSign: 'x' }), reason: '' })
      .thenThrows('REASON_REQUIRED');
    spec
      .given(active)
      .when(correct({ kind: 'call-sign', callSign: ' ' }))
      .thenThrows('CALL_SIGN_REQUIRED');
    spec
      .given([...active, killed])
      .when(correct({ kind: 'death-record', diedOn: '2026-03-01', incidentRef: 'i' }))
      .thenThrows('DATE_IN_FUTURE');
    spec
      .given([...active, killed])
      .when(correct({ kind: 'death-record', diedOn: '2025-08-01', incidentRef: '' }))
      .thenThrows('INCIDENT_REFERENCE_REQUIRED');
    spec
      .given([...active, resigned])
      .when(correct({ kind: 'departure-record', departedOn: 'yesterday', reason: 'retired' }))
      .thenThrows('INVALID_DATE');
  });
});
