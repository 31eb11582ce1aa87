import { describe, expect, it } from 'vitest';
import {
  arrivalForm,
  clearanceForm,
  cordonForm,
  completeIntakeForm,
  dispatchForm,
  enrolmentForm,
  fuelReviewForm,
  hazardForm,
  intakePersonForm,
  deathForm,
  departureForm,
  injuryForm,
  leaveForm,
  lifeEventsFor,
  onboardingForm,
  probationReviewForm,
  returnForm,
  roleChangeForm,
  resultForm,
  transferForm,
  vehicleArrivalForm,
  vettingForm,
  fuelDeliveryForm,
  fuelIssueForm,
  stocktakeForm,
  damageForm,
  repairOrderForm,
  repairClosureForm,
  unserviceableForm,
  returnToServiceForm,
  writeOffForm,
  vehicleCommandsFor,
  itemIssueForm,
  itemReturnForm,
  scheduleSessionForm,
  attendanceForm,
  transferCancelForm,
  transferConfirmForm,
  transferStartForm,
  unrepairedDamage,
} from './forms';
import type { VehicleProfile } from '../api/types';
import {
  applicationForm,
  cancelIntakeForm,
  correctionForm,
  correctionsFor,
  erasureForm,
  exportRefusalForm,
  isCallSign,
  priorServiceProblem,
  rankOverrideForm,
  type RoleChangeValues,
} from './forms';

const TODAY = '2026-03-10';
const NOW = new Date(`${TODAY}T09:41:00`);

describe('the command forms', () => {
  it('a leave: both dates and a reason, and it ends after it starts', () => {
    expect(leaveForm.validate(leaveForm.defaults(TODAY, NOW), TODAY)).toEqual({
      from: 'leave.required',
      until: 'leave.required',
      reason: 'leave.required',
    });
    const leave = { from: '2026-03-10', until: '2026-03-01', reason: ' family ' };
    expect(leaveForm.validate(leave, TODAY)).toEqual({ until: 'member.leave.untilBeforeFrom' });
    expect(leaveForm.body({ ...leave, until: '2026-03-12' }, NOW)).toEqual({
      from: '2026-03-10',
      until: '2026-03-12',
      reason: 'family',
    });
  });

  it('a transfer names the centre, the date and the reason', () => {
    expect(transferForm.defaults(TODAY, NOW).effectiveOn).toBe(TODAY);
    expect(transferForm.validate({ toCentreId: '', effectiveOn: TODAY, reason: '  ' }, TODAY)).toEqual({
      toCentreId: 'member.transfer.required',
      reason: 'member.transfer.required',
    });
  });

  it('an injury in the line of duty names its incident; one off duty need not', () => {
    const injury = { injuredOn: TODAY, inLineOfDuty: true, incidentRef: ' ', description: '' };
    expect(injuryForm.validate(injury, TODAY)).toEqual({ incidentRef: 'member.injury.incidentRequired' });
    expect(injuryForm.validate({ ...injury, inLineOfDuty: false }, TODAY)).toEqual({});
    expect(injuryForm.body({ ...injury, inLineOfDuty: false }, NOW)).toEqual({
      injuredOn: TODAY,
      inLineOfDuty: false,
      incidentRef: null,
    });
    expect(injuryForm.validate({ ...injury, incidentRef: 'INC-1', injuredOn: '2026-03-11' }, TODAY)).toEqual({
      injuredOn: 'command.notInFuture',
    });
  });

  it('a death in the line of duty: a date not to come and the incident, circumstances only when written', () => {
    expect(deathForm.validate({ diedOn: '2026-04-01', incidentRef: '', circumstances: '' }, TODAY)).toEqual({
      diedOn: 'command.notInFuture',
      incidentRef: 'member.lineOfDuty.required',
    });
    expect(deathForm.body({ diedOn: TODAY, incidentRef: ' INC-7 ', circumstances: '' }, NOW)).toEqual({
      diedOn: TODAY,
      incidentRef: 'INC-7',
    });
  });

  it('a departure has a reason; its notes are left out when blank', () => {
    expect(departureForm.validate(departureForm.defaults(TODAY, NOW), TODAY)).toEqual({
      reason: 'member.departure.required',
    });
    expect(departureForm.body({ departedOn: TODAY, reason: 'retired', notes: ' ' }, NOW)).toEqual({
      departedOn: TODAY,
      reason: 'retired',
    });
  });

  it('a vetting: an outcome, and a rejection says why', () => {
    expect(vettingForm.validate(vettingForm.defaults(TODAY, NOW), TODAY)).toEqual({
      outcome: 'applicants.vetting.required',
    });
    expect(vettingForm.validate({ outcome: 'rejected', vettedOn: TODAY, notes: '' }, TODAY)).toEqual({
      notes: 'applicants.vetting.notesRequired',
    });
    expect(vettingForm.body({ outcome: 'cleared', vettedOn: TODAY, notes: '' }, NOW)).toEqual({
      outcome: 'cleared',
      vettedOn: TODAY,
    });
  });

  it('an onboarding: a centre, a role at least, a probation ending after the start', () => {
    expect(onboardingForm.validate(onboardingForm.defaults(TODAY, NOW), TODAY)).toEqual({
      centreId: 'applicants.onboarding.required',
      roles: 'applicants.onboarding.required',
    });
    const onboarding = { centreId: 'c-1', roles: ['rescuer' as const], startsOn: TODAY, probationEndsOn: TODAY };
    expect(onboardingForm.validate(onboarding, TODAY)).toEqual({
      probationEndsOn: 'applicants.onboarding.probationAfterStart',
    });
    expect(onboardingForm.body({ ...onboarding, probationEndsOn: '' }, NOW)).toMatchObject({ probationEndsOn: null });
  });

  it('an arrival: a whole odometer reading and the moment, sent as an instant at the commander’s centre', () => {
    const form = arrivalForm('c-9');
    expect(form.validate({ odometerInKm: '12.5', arrivedOn: TODAY, arrivedTime: '' }, TODAY)).toEqual({
      odometerInKm: 'commander.arrival.required',
      arrivedTime: 'commander.arrival.required',
    });
    const body = form.body({ odometerInKm: ' 120170 ', arrivedOn: TODAY, arrivedTime: '08:30' }, NOW);
    expect(body).toMatchObject({ centreId: 'c-9', odometerInKm: 120_170 });
    expect(new Date(body.arrivedAt).getTime()).toBe(new Date(`${TODAY}T08:30`).getTime());
  });

  it('a hazard: what, how severe, where, on a day not to come; the description only when given', () => {
    expect(hazardForm.validate(hazardForm.defaults(TODAY, NOW), TODAY)).toEqual({
      kind: 'commander.hazard.required',
      severity: 'commander.hazard.required',
      location: 'commander.hazard.required',
    });
    const values = {
      kind: 'unexploded-ordnance',
      severity: 'severe',
      location: ' Basement, north stairwell ',
      description: ' ',
      reportedOn: '2026-03-11',
    } as const;
    expect(hazardForm.validate(values, TODAY)).toEqual({ reportedOn: 'command.notInFuture' });
    expect(hazardForm.body({ ...values, reportedOn: TODAY }, NOW)).toEqual({
      kind: 'unexploded-ordnance',
      severity: 'severe',
      location: 'Basement, north stairwell',
      reportedOn: TODAY,
    });
    expect(hazardForm.body({ ...values, description: 'Wired jerrycans' }, NOW)).toMatchObject({
      description: 'Wired jerrycans',
    });
  });

  it('a cordon: its day, not to come, and a note only when given', () => {
    expect(cordonForm.validate(cordonForm.defaults(TODAY, NOW), TODAY)).toEqual({});
    expect(cordonForm.validate({ cordonedOn: '2026-03-11', note: '' }, TODAY)).toEqual({
      cordonedOn: 'command.notInFuture',
    });
    expect(cordonForm.body({ cordonedOn: TODAY, note: '  ' }, NOW)).toEqual({ cordonedOn: TODAY });
    expect(cordonForm.body({ cordonedOn: TODAY, note: ' Signs posted ' }, NOW)).toEqual({
      cordonedOn: TODAY,
      note: 'Signs posted',
    });
  });

  it('a clearance: the day, who cleared it and how, all three', () => {
    expect(clearanceForm.validate(clearanceForm.defaults(TODAY, NOW), TODAY)).toEqual({
      clearedBy: 'commander.clearance.required',
      method: 'commander.clearance.required',
    });
    expect(
      clearanceForm.body({ clearedOn: TODAY, clearedBy: ' EOD team, Aleppo ', method: ' Removed off site ' }, NOW),
    ).toEqual({ clearedOn: TODAY, clearedBy: 'EOD team, Aleppo', method: 'Removed off site' });
  });

  it('a dispatch: a destination, a driver by member id, the odometer not going back, an arrival after leaving', () => {
    const form = dispatchForm(120_000);
    const empty = form.defaults(TODAY, NOW);
    expect(empty).toMatchObject({ odometerOutKm: '120000', dispatchedAt: `${TODAY}T09:41` });
    expect(dispatchForm(null).defaults(TODAY, NOW).odometerOutKm).toBe('');
    expect(form.validate({ ...empty, driverId: 'ABU-JAMAL', odometerOutKm: '119999' }, TODAY)).toEqual({
      toCentreId: 'form.required',
      driverId: 'form.memberId',
      odometerOutKm: 'form.odometer',
      expectedArrivalAt: 'form.afterDispatch',
    });
    const dispatch = {
      toCentreId: 'c-2',
      driverId: ' 0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b ',
      odometerOutKm: '120040',
      dispatchedAt: `${TODAY}T09:41`,
      expectedArrivalAt: `${TODAY}T09:41`,
    };
    expect(form.validate(dispatch, TODAY)).toEqual({ expectedArrivalAt: 'form.afterDispatch' });
    const body = form.body({ ...dispatch, expectedArrivalAt: `${TODAY}T11:00` }, NOW);
    expect(body).toEqual({
      toCentreId: 'c-2',
      driverId: '0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b',
      odometerOutKm: 120_040,
      dispatchedAt: new Date(`${TODAY}T09:41`).toISOString(),
      expectedArrivalAt: new Date(`${TODAY}T11:00`).toISOString(),
    });
  });

  it('an arrival from the vehicle’s page: its destination proposed, the odometer not below its reading on leaving', () => {
    const form = vehicleArrivalForm('c-2', 120_040);
    const empty = form.defaults(TODAY, NOW);
    expect(empty).toEqual({ centreId: 'c-2', odometerInKm: '', arrivedAt: `${TODAY}T09:41` });
    expect(vehicleArrivalForm(null, 0).validate({ ...empty, centreId: '', arrivedAt: '' }, TODAY)).toEqual({
      centreId: 'form.required',
      odometerInKm: 'form.odometer',
      arrivedAt: 'form.required',
    });
    expect(form.validate({ ...empty, odometerInKm: '120039' }, TODAY)).toEqual({ odometerInKm: 'form.odometer' });
    expect(form.body({ ...empty, odometerInKm: '120080' }, NOW)).toEqual({
      centreId: 'c-2',
      odometerInKm: 120_080,
      arrivedAt: new Date(`${TODAY}T09:41`).toISOString(),
    });
  });

  it('a fuel flag’s review says what was found, and is dated when it is sent', () => {
    const form = fuelReviewForm('i-1');
    expect(form.defaults(TODAY, NOW)).toEqual({ outcome: 'cleared', note: '' });
    expect(form.validate({ outcome: 'confirmed', note: '  ' }, TODAY)).toEqual({ note: 'form.required' });
    expect(form.body({ outcome: 'confirmed', note: ' siphoned ' }, NOW)).toEqual({
      issueId: 'i-1',
      outcome: 'confirmed',
      note: 'siphoned',
      reviewedAt: NOW.toISOString(),
    });
  });

  it('an enrolment names a member, dated today unless told otherwise', () => {
    const empty = enrolmentForm.defaults(TODAY, NOW);
    expect(empty).toEqual({ memberId: '', enrolledOn: TODAY });
    expect(enrolmentForm.validate({ ...empty, enrolledOn: '' }, TODAY)).toEqual({
      memberId: 'form.required',
      enrolledOn: 'form.required',
    });
    expect(enrolmentForm.body({ ...empty, memberId: 'm-1' }, NOW)).toEqual({ memberId: 'm-1', enrolledOn: TODAY });
  });

  it('a result: a whole score from 0 to 100, for the member it is recorded on', () => {
    const form = resultForm('m-1');
    for (const score of ['', '101', '82.5', '-3']) {
      expect(form.validate({ score, resultOn: TODAY }, TODAY)).toEqual({ score: 'form.score' });
    }
    expect(form.validate({ score: '100', resultOn: '' }, TODAY)).toEqual({ resultOn: 'form.required' });
    expect(form.body({ score: '85', resultOn: TODAY }, NOW)).toEqual({ memberId: 'm-1', score: 85, resultOn: TODAY });
  });

  it('a person of a crew: a name in one script at least, prior service dated to the year, month or day', () => {
    const form = intakePersonForm('Aleppo State Fire Brigade');
    const empty = form.defaults(TODAY, NOW);
    expect(empty.priorService).toEqual([
      { organisation: 'Aleppo State Fire Brigade', rankOrRole: '', from: '', to: '' },
    ]);
    expect(form.validate(empty, TODAY)).toEqual({
      callSign: 'intake.person.required',
      arabicOwn: 'intake.person.nameRequired',
      priorService: 'intake.person.required',
    });
    const service = { organisation: 'Aleppo State Fire Brigade', rankOrRole: 'Firefighter', from: '2008', to: '' };
    const person = {
      ...empty,
      callSign: 'Ember 7',
      arabicOwn: 'سامر',
      arabicFamily: 'الحلبي',
      priorService: [service],
    };
    expect(form.validate(person, TODAY)).toEqual({});
    expect(form.validate({ ...person, priorService: [{ ...service, from: '2008-4' }] }, TODAY)).toEqual({
      priorService: 'intake.person.partialDate',
    });
    expect(form.body(person, NOW)).toEqual({
      callSign: 'Ember 7',
      identity: { name: { arabic: { own: 'سامر', father: null, grandfather: null, family: 'الحلبي' }, latin: null } },
      priorService: [{ organisation: 'Aleppo State Fire Brigade', rankOrRole: 'Firefighter', from: '2008', to: null }],
    });
  });

  it('a person of a crew with more than one prior service: each checked, each sent in its order', () => {
    const form = intakePersonForm('Aleppo State Fire Brigade');
    const first = { organisation: 'Aleppo State Fire Brigade', rankOrRole: 'Driver', from: '2004', to: '2010-06' };
    const second = { organisation: ' Civil Defence Aleppo ', rankOrRole: ' Sergeant ', from: '2010-07', to: '' };
    const person = {
      ...form.defaults(TODAY, NOW),
      callSign: 'Ember 8',
      latinOwn: 'Samer',
      priorService: [first, second],
    };
    expect(form.validate(person, TODAY)).toEqual({});
    expect(form.body(person, NOW).priorService).toEqual([
      { organisation: 'Aleppo State Fire Brigade', rankOrRole: 'Driver', from: '2004', to: '2010-06' },
      { organisation: 'Civil Defence Aleppo', rankOrRole: 'Sergeant', from: '2010-07', to: null },
    ]);
    expect(form.validate({ ...person, priorService: [first, { ...second, rankOrRole: ' ' }] }, TODAY)).toEqual({
      priorService: 'intake.person.required',
    });
    expect(form.validate({ ...person, priorService: [] }, TODAY)).toEqual({ priorService: 'intake.person.required' });
    expect(priorServiceProblem({ ...first, to: '2003-12' })).toEqual(['to', 'intake.person.endsBeforeStart']);
    // Known to different precisions, 2004 and 2004-03 are not in a known wrong order.
    expect(priorServiceProblem({ ...first, to: '2004-03' })).toBeNull();
    expect(priorServiceProblem({ ...second, to: '2010' })).toBeNull();
    expect(form.validate({ ...person, priorService: Array(21).fill(first) }, TODAY)).toEqual({
      priorService: 'intake.person.tooMany',
    });
  });

  it('roles chosen by hand for a person’s prior ranks: at least one, never command of a centre, and why', () => {
    expect(rankOverrideForm.validate({ roles: [], reason: '' }, TODAY)).toEqual({
      roles: 'intake.override.required',
      reason: 'intake.override.required',
    });
    expect(rankOverrideForm.validate({ roles: ['centre-commander'], reason: 'led the station' }, TODAY)).toEqual({
      roles: 'error.COMMANDER_NOT_BY_MAPPING',
    });
    expect(rankOverrideForm.body({ roles: ['team-leader', 'firefighter'], reason: ' led a shift ' }, NOW)).toEqual({
      override: { roles: ['firefighter', 'team-leader'], reason: 'led a shift' },
    });
  });

  it('an intake’s cancellation: a day not to come, and why', () => {
    expect(cancelIntakeForm.validate(cancelIntakeForm.defaults(TODAY, NOW), TODAY)).toEqual({
      reason: 'intake.cancel.required',
    });
    expect(cancelIntakeForm.validate({ cancelledOn: '2099-01-01', reason: 'x' }, TODAY)).toEqual({
      cancelledOn: 'command.notInFuture',
    });
    expect(cancelIntakeForm.body({ cancelledOn: TODAY, reason: ' the crew went elsewhere ' }, NOW)).toEqual({
      cancelledOn: TODAY,
      reason: 'the crew went elsewhere',
    });
  });

  it('a completion: a probation of 1 to 24 whole months', () => {
    expect(completeIntakeForm.validate({ completedOn: TODAY, probationMonths: '0' }, TODAY)).toEqual({
      probationMonths: 'intake.complete.months',
    });
    expect(completeIntakeForm.validate({ completedOn: TODAY, probationMonths: '2.5' }, TODAY)).toEqual({
      probationMonths: 'intake.complete.months',
    });
    expect(completeIntakeForm.body({ completedOn: TODAY, probationMonths: ' 6 ' }, NOW)).toEqual({
      completedOn: TODAY,
      probationMonths: 6,
    });
  });

  describe('an application, with the whole protected identity', () => {
    const empty = applicationForm.defaults(TODAY, NOW);
    const good = {
      ...empty,
      callSign: 'Zeta 9',
      rolesSought: ['paramedic', 'rescuer'],
      preferredCentreId: '0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b',
      arabicOwn: ' سلمى ',
      arabicFather: 'خالد',
      arabicGrandfather: 'محمود',
      arabicFamily: 'الحسن',
      latinOwn: 'Salma',
      latinFamily: 'Al-Hassan',
    } as typeof empty;

    it('takes a call-sign, a role sought, the day, and a name in one script at least', () => {
      expect(applicationForm.validate(empty, TODAY)).toEqual({
        callSign: 'applicants.register.required',
        rolesSought: 'applicants.register.required',
        arabicOwn: 'intake.person.nameRequired',
      });
      expect(applicationForm.validate(good, TODAY)).toEqual({});
      expect(applicationForm.validate({ ...good, appliedOn: '2099-01-01' }, TODAY)).toEqual({
        appliedOn: 'command.notInFuture',
      });
    });

    it('refuses a call-sign in two scripts, a name part in the other script, a part without its own name', () => {
      expect(isCallSign('Falcon-7')).toBe(true);
      expect(isCallSign('صقر 7')).toBe(true);
      expect(isCallSign('Falcon صقر')).toBe(false);
      expect(applicationForm.validate({ ...good, callSign: 'Falcon صقر' }, TODAY)).toEqual({
        callSign: 'identity.form.callSign',
      });
      expect(applicationForm.validate({ ...good, arabicFather: 'Khaled' }, TODAY)).toEqual({
        arabicFather: 'identity.form.arabicLetters',
      });
      expect(applicationForm.validate({ ...good, latinFamily: 'الحسن' }, TODAY)).toEqual({
        latinFamily: 'identity.form.latinLetters',
      });
      expect(applicationForm.validate({ ...good, latinOwn: '', latinFamily: 'Al-Hassan' }, TODAY)).toEqual({
        latinOwn: 'identity.form.ownName',
      });
    });

    it('checks the birth, the national id, the phones and the emergency contact as the service does', () => {
      expect(applicationForm.validate({ ...good, birthKind: 'year', birthYear: '1890' }, TODAY)).toEqual({
        birthYear: 'identity.form.birthYear',
      });
      expect(applicationForm.validate({ ...good, birthKind: 'year', birthYear: '2030' }, TODAY)).toEqual({
        birthYear: 'identity.form.birthYear',
      });
      expect(applicationForm.validate({ ...good, birthKind: 'date', birthDate: '' }, TODAY)).toEqual({
        birthDate: 'identity.form.birthDate',
      });
      expect(applicationForm.validate({ ...good, nationalId: '12#34' }, TODAY)).toEqual({
        nationalId: 'identity.form.nationalId',
      });
      expect(applicationForm.validate({ ...good, phone: 'call me' }, TODAY)).toEqual({ phone: 'identity.form.phone' });
      expect(applicationForm.validate({ ...good, contactName: 'Khaled' }, TODAY)).toEqual({
        contactName: 'identity.form.contact',
      });
      expect(
        applicationForm.validate(
          { ...good, contactName: 'Khaled', contactRelation: 'father', contactPhone: '12' },
          TODAY,
        ),
      ).toEqual({ contactPhone: 'identity.form.phone' });
    });

    it('sends the identity in its parts, the roles in Muster’s order, and null for what is not known', () => {
      expect(applicationForm.body(good, NOW)).toEqual({
        callSign: 'Zeta 9',
        rolesSought: ['rescuer', 'paramedic'],
        preferredCentreId: '0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b',
        appliedOn: TODAY,
        identity: {
          name: {
            arabic: { own: 'سلمى', father: 'خالد', grandfather: 'محمود', family: 'الحسن' },
            latin: { own: 'Salma', father: null, grandfather: null, family: 'Al-Hassan' },
          },
          dateOfBirth: null,
          nationalId: null,
          phone: null,
          homeArea: null,
          emergencyContact: null,
          bloodType: null,
        },
      });
      // No centre asked for: none sent (organisation-wide HR sees the applicant).
      expect(applicationForm.body({ ...good, preferredCentreId: '' }, NOW).preferredCentreId).toBeNull();
      const full = {
        ...good,
        birthKind: 'year',
        birthYear: '1994',
        nationalId: ' 01-234567 ',
        phone: '+963 944 000 000',
        homeArea: 'Daraa al-Balad',
        contactName: 'Khaled',
        contactRelation: 'father',
        contactPhone: '+963 944 111 111',
        bloodType: 'O+',
      } as typeof empty;
      expect(applicationForm.validate(full, TODAY)).toEqual({});
      expect(applicationForm.body(full, NOW)).toMatchObject({
        identity: {
          dateOfBirth: { kind: 'year', year: 1994 },
          nationalId: '01-234567',
          phone: '+963 944 000 000',
          homeArea: 'Daraa al-Balad',
          emergencyContact: { name: 'Khaled', relation: 'father', phone: '+963 944 111 111' },
          bloodType: 'O+',
        },
      });
    });
  });

  it('an administrator’s correction: the fields of its kind, and why; only what the record’s status holds', () => {
    expect(correctionsFor('active')).toEqual(['call-sign']);
    expect(correctionsFor('killed')).toEqual(['call-sign', 'death-record', 'final-status-revoked']);
    expect(correctionsFor('departed')).toContain('departure-record');
    const empty = correctionForm.defaults(TODAY, NOW);
    expect(correctionForm.validate(empty, TODAY)).toEqual({
      kind: 'member.correction.required',
      reason: 'member.correction.required',
    });
    const death = { ...empty, kind: 'death-record', reason: 'the family’s certificate' } as const;
    expect(correctionForm.validate(death, TODAY)).toEqual({
      diedOn: 'member.correction.required',
      incidentRef: 'member.correction.required',
    });
    expect(correctionForm.validate({ ...death, diedOn: '2099-01-01', incidentRef: 'INC-9' }, TODAY)).toEqual({
      diedOn: 'command.notInFuture',
    });
    expect(correctionForm.body({ ...death, diedOn: '2026-03-01', incidentRef: ' INC-9 ' }, NOW)).toEqual({
      kind: 'death-record',
      diedOn: '2026-03-01',
      incidentRef: 'INC-9',
      reason: 'the family’s certificate',
    });
    const callSign = { ...empty, kind: 'call-sign', reason: 'typo' } as const;
    expect(correctionForm.validate({ ...callSign, callSign: 'Falcon صقر' }, TODAY)).toEqual({
      callSign: 'identity.form.callSign',
    });
    expect(correctionForm.body({ ...callSign, callSign: ' Falcon-8 ' }, NOW)).toEqual({
      kind: 'call-sign',
      callSign: 'Falcon-8',
      reason: 'typo',
    });
    const departure = { ...empty, kind: 'departure-record', departedOn: '2026-03-01', reason: 'x' } as const;
    expect(correctionForm.validate(departure, TODAY)).toEqual({ departureReason: 'member.correction.required' });
    expect(correctionForm.body({ ...empty, kind: 'final-status-revoked', reason: ' in error ' }, NOW)).toEqual({
      kind: 'final-status-revoked',
      reason: 'in error',
    });
  });

  it('an identity’s erasure says why', () => {
    expect(erasureForm.validate({ reason: ' ' }, TODAY)).toEqual({ reason: 'member.erasure.required' });
    expect(erasureForm.body({ reason: ' the family asked ' }, NOW)).toEqual({ reason: 'the family asked' });
  });

  it('an identity export refused says why', () => {
    expect(exportRefusalForm.validate({ reason: '' }, TODAY)).toEqual({ reason: 'identityExports.refuse.required' });
    expect(exportRefusalForm.body({ reason: ' payroll uses the centre lists ' }, NOW)).toEqual({
      reason: 'payroll uses the centre lists',
    });
  });

  it('a return from leave: a day, not before the leave began, not to come', () => {
    const form = returnForm('2026-03-01');
    expect(form.validate({ returnedOn: '' }, TODAY)).toEqual({ returnedOn: 'form.required' });
    expect(form.validate({ returnedOn: '2026-02-28' }, TODAY)).toEqual({ returnedOn: 'member.return.beforeLeave' });
    expect(form.validate({ returnedOn: '2099-01-01' }, TODAY)).toEqual({ returnedOn: 'command.notInFuture' });
    expect(form.validate({ returnedOn: '2026-03-01' }, TODAY)).toEqual({});
    expect(form.body({ returnedOn: '2026-03-01' }, NOW)).toEqual({ returnedOn: '2026-03-01' });
  });

  it('a role change: at least one role, not the same ones, a date and a reason; sent in Muster’s order', () => {
    const form = roleChangeForm(['rescuer', 'driver']);
    const good: RoleChangeValues = {
      roles: ['team-leader', 'rescuer'],
      effectiveOn: TODAY,
      reason: ' leads the night shift ',
    };
    expect(form.defaults(TODAY, NOW)).toEqual({ roles: ['rescuer', 'driver'], effectiveOn: TODAY, reason: '' });
    expect(form.validate({ ...good, roles: [] }, TODAY)).toEqual({ roles: 'member.roles.required' });
    expect(form.validate({ ...good, roles: ['driver', 'rescuer'] }, TODAY)).toEqual({
      roles: 'member.roles.unchanged',
    });
    expect(form.validate({ ...good, reason: '  ' }, TODAY)).toEqual({ reason: 'member.roles.required' });
    expect(form.validate({ ...good }, TODAY)).toEqual({});
    expect(form.body({ ...good }, NOW)).toEqual({
      roles: ['rescuer', 'team-leader'],
      effectiveOn: TODAY,
      reason: 'leads the night shift',
    });
  });

  it('a probation review: an extension to a later day, and an extension or an end says why', () => {
    const form = probationReviewForm('2026-12-31');
    const confirm = { outcome: 'confirm', reviewedOn: TODAY, newEndsOn: '', notes: '' } as const;
    expect(form.validate(confirm, TODAY)).toEqual({});
    expect(form.body(confirm, NOW)).toEqual({ reviewedOn: TODAY, outcome: 'confirm' });
    expect(form.validate({ ...confirm, outcome: 'extend' }, TODAY)).toEqual({
      newEndsOn: 'member.probation.newEndsOn',
      notes: 'member.probation.why',
    });
    expect(form.validate({ ...confirm, outcome: 'extend', newEndsOn: '2026-12-31', notes: 'x' }, TODAY)).toEqual({
      newEndsOn: 'member.probation.newEndsOn',
    });
    expect(form.validate({ ...confirm, outcome: 'end' }, TODAY)).toEqual({ notes: 'member.probation.why' });
    expect(form.validate({ ...confirm, reviewedOn: '2099-01-01' }, TODAY)).toEqual({
      reviewedOn: 'command.notInFuture',
    });
    const extend = {
      ...confirm,
      outcome: 'extend',
      newEndsOn: '2027-03-31',
      notes: ' more time at the centre ',
    } as const;
    expect(form.validate(extend, TODAY)).toEqual({});
    expect(form.body(extend, NOW)).toEqual({
      reviewedOn: TODAY,
      outcome: 'extend',
      newEndsOn: '2027-03-31',
      notes: 'more time at the centre',
    });
  });

  it('offers the life events the record’s status allows, and none on a closed record', () => {
    expect(lifeEventsFor('on-leave')).toContain('return');
    expect(lifeEventsFor('active')).not.toContain('return');
    expect(lifeEventsFor('active')).toContain('roles');
    expect(lifeEventsFor('active')).not.toContain('probation');
    expect(lifeEventsFor('active', true)).toContain('probation');
    expect(lifeEventsFor('killed', true)).toEqual([]);
    expect(lifeEventsFor('active')).toContain('death');
    expect(lifeEventsFor('suspended')).toContain('reinstatement');
    expect(lifeEventsFor('active')).not.toContain('reinstatement');
    expect(lifeEventsFor('killed')).toEqual([]);
    expect(lifeEventsFor('departed')).toEqual([]);
  });

  describe('logistics', () => {
    const MEMBER = '0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b';
    const OTHER = '7d2e4c1a-3b5f-4a6e-8c9d-0e1f2a3b4c5d';
    const at = (time: string) => new Date(`${TODAY}T${time}`).toISOString();

    it('a fuel delivery: litres to a tenth, its supplier, who received it; a cost only with its currency', () => {
      const empty = fuelDeliveryForm.defaults(TODAY, NOW);
      expect(empty).toMatchObject({ currency: 'USD', deliveredAt: `${TODAY}T09:41` });
      expect(fuelDeliveryForm.validate(empty, TODAY)).toEqual({
        litres: 'form.litres',
        supplier: 'form.required',
        receivedBy: 'form.memberId',
      });
      const delivery = { ...empty, litres: '4000.5', supplier: ' Idlib Fuel Co. ', receivedBy: ` ${MEMBER} ` };
      expect(fuelDeliveryForm.validate({ ...delivery, litres: '12.25' }, TODAY)).toEqual({ litres: 'form.litres' });
      expect(fuelDeliveryForm.validate({ ...delivery, costAmount: '950.5', currency: 'usd' }, TODAY)).toEqual({
        currency: 'form.money',
      });
      expect(fuelDeliveryForm.validate({ ...delivery, deliveredAt: '2026-03-11T08:00' }, TODAY)).toEqual({
        deliveredAt: 'command.notInFuture',
      });
      expect(fuelDeliveryForm.body(delivery, NOW)).toEqual({
        litres: 4000.5,
        supplier: 'Idlib Fuel Co.',
        donorId: null,
        cost: null,
        receivedBy: MEMBER,
        deliveredAt: at('09:41'),
      });
      expect(fuelDeliveryForm.body({ ...delivery, costAmount: '950.50' }, NOW).cost).toEqual({
        amount: 950.5,
        currency: 'USD',
      });
    });

    it('a fuel issue to a vehicle: its odometer at the pump, the litres, who issued and who took it', () => {
      const empty = fuelIssueForm.defaults(TODAY, NOW);
      expect(fuelIssueForm.validate(empty, TODAY)).toEqual({
        vehicleId: 'form.required',
        odometerKm: 'form.odometer',
        litres: 'form.litres',
        issuedBy: 'form.memberId',
        receivedBy: 'form.memberId',
      });
      const issue = {
        ...empty,
        vehicleId: 'v-1',
        odometerKm: '120060',
        litres: '0',
        issuedBy: MEMBER,
        receivedBy: OTHER,
        issuedAt: `${TODAY}T08:15`,
      };
      expect(fuelIssueForm.validate(issue, TODAY)).toEqual({ litres: 'form.litres' });
      expect(fuelIssueForm.body({ ...issue, litres: '120.5' }, NOW)).toEqual({
        targetKind: 'vehicle',
        targetId: 'v-1',
        odometerKm: 120_060,
        litres: 120.5,
        issuedBy: MEMBER,
        receivedBy: OTHER,
        issuedAt: at('08:15'),
      });
    });

    it('a stocktake: a count that differs from the ledger says why, as the service asks', () => {
      const form = stocktakeForm(1000);
      const empty = form.defaults(TODAY, NOW);
      expect(form.validate(empty, TODAY)).toEqual({ countedLitres: 'form.litres', countedBy: 'form.memberId' });
      const count = { ...empty, countedLitres: '900', countedBy: MEMBER };
      expect(form.validate(count, TODAY)).toEqual({ reason: 'fuel.stocktake.reasonRequired' });
      expect(form.validate({ ...count, countedLitres: '1000' }, TODAY)).toEqual({});
      expect(form.body({ ...count, countedLitres: '1000' }, NOW)).toEqual({
        countedLitres: 1000,
        reason: null,
        countedBy: MEMBER,
        countedAt: at('09:41'),
      });
      expect(form.body({ ...count, reason: ' Leaking drum ' }, NOW)).toMatchObject({
        countedLitres: 900,
        reason: 'Leaking drum',
      });
      expect(stocktakeForm(0).validate({ ...count, countedLitres: '0' }, TODAY)).toEqual({});
    });

    it('damage: cause, severity, day and what; an attack names its incident; an odometer not going back', () => {
      const form = damageForm(120_000);
      const empty = form.defaults(TODAY, NOW);
      expect(form.validate(empty, TODAY)).toEqual({
        cause: 'vehicle.damage.required',
        severity: 'vehicle.damage.required',
        description: 'vehicle.damage.required',
      });
      const damage = {
        ...empty,
        cause: 'shelling' as const,
        severity: 'moderate' as const,
        description: ' Windscreen hit by shrapnel ',
      };
      expect(form.validate({ ...damage, odometerKm: '119000' }, TODAY)).toEqual({
        incidentRef: 'vehicle.damage.incidentRequired',
        odometerKm: 'form.odometer',
      });
      expect(form.validate({ ...damage, cause: 'wear', occurredOn: '2026-03-11' }, TODAY)).toEqual({
        occurredOn: 'command.notInFuture',
      });
      expect(form.body({ ...damage, incidentRef: ' INC-7 ' }, NOW)).toEqual({
        cause: 'shelling',
        severity: 'moderate',
        occurredOn: TODAY,
        incidentRef: 'INC-7',
        description: 'Windscreen hit by shrapnel',
        odometerKm: null,
      });
      expect(form.body({ ...damage, cause: 'accident', odometerKm: '120050' }, NOW)).toMatchObject({
        incidentRef: null,
        odometerKm: 120_050,
      });
    });

    it('a repair order: the work, the workshop, the day, the damage it repairs; closed not before it was opened', () => {
      expect(repairOrderForm.validate(repairOrderForm.defaults(TODAY, NOW), TODAY)).toEqual({
        description: 'vehicle.repair.required',
        workshop: 'vehicle.repair.required',
      });
      expect(
        repairOrderForm.body(
          { description: ' Replace radiator ', workshop: ' Idlib central ', openedOn: TODAY, damageIds: ['d-2'] },
          NOW,
        ),
      ).toEqual({ description: 'Replace radiator', workshop: 'Idlib central', openedOn: TODAY, damageIds: ['d-2'] });
      // Only damage no order names yet is offered.
      const damage = (damageId: string) => ({ damageId }) as VehicleProfile['damage'][number];
      const order = (damageIds: string[]) => ({ damageIds }) as VehicleProfile['repairOrders'][number];
      expect(
        unrepairedDamage({ damage: [damage('d-1'), damage('d-2'), damage('d-3')], repairOrders: [order(['d-1'])] }).map(
          (d) => d.damageId,
        ),
      ).toEqual(['d-2', 'd-3']);

      const closure = repairClosureForm('2026-03-05', 120_000);
      const empty = closure.defaults(TODAY, NOW);
      expect(closure.validate(empty, TODAY)).toEqual({});
      expect(closure.validate({ ...empty, closedOn: '2026-03-04', odometerKm: '100' }, TODAY)).toEqual({
        closedOn: 'vehicle.repair.closedBeforeOpened',
        odometerKm: 'form.odometer',
      });
      expect(closure.body(empty, NOW)).toEqual({ closedOn: TODAY, odometerKm: null });
      expect(closure.body({ ...empty, odometerKm: '120010', notes: ' Road tested ' }, NOW)).toEqual({
        closedOn: TODAY,
        odometerKm: 120_010,
        notes: 'Road tested',
      });
    });

    it('off the road with a reason, back in service on a day', () => {
      expect(unserviceableForm.validate(unserviceableForm.defaults(TODAY, NOW), TODAY)).toEqual({
        reason: 'form.required',
      });
      expect(unserviceableForm.body({ reason: ' No tyres ', declaredOn: TODAY }, NOW)).toEqual({
        reason: 'No tyres',
        declaredOn: TODAY,
      });
      expect(returnToServiceForm.validate({ returnedOn: '2026-03-11', note: '' }, TODAY)).toEqual({
        returnedOn: 'command.notInFuture',
      });
      expect(returnToServiceForm.body({ returnedOn: TODAY, note: '' }, NOW)).toEqual({ returnedOn: TODAY });
      expect(returnToServiceForm.body({ returnedOn: TODAY, note: ' Tyres fitted ' }, NOW)).toEqual({
        returnedOn: TODAY,
        note: 'Tyres fitted',
      });
    });

    it('a write-off: why, its evidence and the day', () => {
      expect(writeOffForm.validate(writeOffForm.defaults(TODAY, NOW), TODAY)).toEqual({
        reason: 'vehicle.writeOff.required',
        evidenceRef: 'vehicle.writeOff.required',
      });
      expect(
        writeOffForm.body({ reason: 'destroyed', evidenceRef: ' INC-2026-014 ', note: '', writtenOffOn: TODAY }, NOW),
      ).toEqual({ reason: 'destroyed', evidenceRef: 'INC-2026-014', writtenOffOn: TODAY });
    });

    it('offers the commands the vehicle’s status allows, and none once written off', () => {
      const vehicle = (status: 'serviceable' | 'unserviceable' | 'in-transit' | 'written-off') => ({
        status,
        statusReason: null,
        repairOrders: [],
        moves: [],
      });
      expect(vehicleCommandsFor(vehicle('serviceable'))).toEqual([
        'dispatch',
        'check',
        'service',
        'damage',
        'repair',
        'odometer',
        'unserviceable',
        'writeOff',
      ]);
      expect(vehicleCommandsFor(vehicle('in-transit'))).toEqual([
        'arrival',
        'divert',
        'turnBack',
        'damage',
        'writeOff',
      ]);
      expect(vehicleCommandsFor(vehicle('written-off'))).toEqual([]);
      const declared = {
        ...vehicle('unserviceable'),
        statusReason: { code: 'DECLARED_UNSERVICEABLE' as const, note: 'No tyres' },
      };
      expect(vehicleCommandsFor(declared)).toEqual([
        'check',
        'service',
        'damage',
        'repair',
        'odometer',
        'return',
        'writeOff',
      ]);
      // Severe damage, or a vehicle in the workshop: it returns to service when its repair order is closed.
      expect(vehicleCommandsFor({ ...declared, statusReason: { code: 'DAMAGED', note: null } })).not.toContain(
        'return',
      );
      const order = {
        orderId: 'o-1',
        damageIds: [],
        description: '',
        workshop: '',
        openedOn: TODAY,
        work: [],
        totals: {},
        closedOn: null,
        notes: null,
      };
      expect(vehicleCommandsFor({ ...declared, repairOrders: [order] })).not.toContain('return');
      // Turned back already, it is on its way to the centre it left: it can be diverted, not turned back again.
      const back = {
        moveId: 'm-1',
        fromCentreId: 'c-1',
        toCentreId: 'c-1',
        transferId: null,
        dispatchedAt: null,
        driverId: null,
        odometerOutKm: null,
        expectedArrivalAt: null,
        loanDueBackOn: null,
        changes: [],
        outcome: 'in-transit' as const,
        arrivedAt: null,
        odometerInKm: null,
        distanceKm: null,
        tripFlags: [],
        dispatchRecorded: true,
      };
      expect(vehicleCommandsFor({ ...vehicle('in-transit'), moves: [back] })).toEqual([
        'arrival',
        'divert',
        'damage',
        'writeOff',
      ]);
    });

    it('an item issued to a member, a centre or a vehicle, no more than the store holds', () => {
      const form = itemIssueForm(3);
      const empty = form.defaults(TODAY, NOW);
      expect(empty).toMatchObject({ holderKind: 'member', quantity: '1' });
      expect(form.validate(empty, TODAY)).toEqual({ holderId: 'form.holderId' });
      expect(form.validate({ ...empty, holderKind: 'centre' }, TODAY)).toEqual({ holderId: 'form.required' });
      expect(form.validate({ ...empty, holderId: MEMBER, quantity: '4' }, TODAY)).toEqual({
        quantity: 'form.quantity',
      });
      expect(form.body({ ...empty, holderKind: 'vehicle', holderId: ` ${OTHER} `, quantity: '2' }, NOW)).toEqual({
        holder: { kind: 'vehicle', id: OTHER },
        quantity: 2,
        issuedOn: TODAY,
      });
    });

    it('an item returned by its holder, no more than they hold, in good order or damaged', () => {
      const form = itemReturnForm({ kind: 'member', id: MEMBER }, 1);
      const empty = form.defaults(TODAY, NOW);
      expect(empty).toEqual({ quantity: '1', condition: 'good', returnedOn: TODAY });
      expect(form.validate({ ...empty, quantity: '2' }, TODAY)).toEqual({ quantity: 'form.quantity' });
      expect(form.body({ ...empty, condition: 'damaged' }, NOW)).toEqual({
        holder: { kind: 'member', id: MEMBER },
        quantity: 1,
        condition: 'damaged',
        returnedOn: TODAY,
      });
    });
  });

  describe('training', () => {
    const A = '0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b';
    const B = '7d2e4c1a-3b5f-4a6e-8c9d-0e1f2a3b4c5d';

    it('a session: a course at a centre, its instructors by id, days in order and a capacity of 1 to 500', () => {
      const empty = scheduleSessionForm.defaults(TODAY, NOW);
      expect(scheduleSessionForm.validate(empty, TODAY)).toEqual({
        courseId: 'form.required',
        centreId: 'form.required',
        instructorIds: 'training.schedule.instructors',
        capacity: 'training.schedule.capacity',
      });
      const session = { ...empty, courseId: 'k-1', centreId: 'c-1', capacity: '20' };
      expect(
        scheduleSessionForm.validate(
          { ...session, instructorIds: `${A}, Abu Jamal`, endsOn: '2026-03-09', capacity: '501' },
          TODAY,
        ),
      ).toEqual({
        instructorIds: 'training.schedule.instructors',
        endsOn: 'training.schedule.endsBeforeStarts',
        capacity: 'training.schedule.capacity',
      });
      expect(
        scheduleSessionForm.body({ ...session, instructorIds: ` ${A},\n${B}، ${A} `, endsOn: '2026-03-12' }, NOW),
      ).toEqual({
        courseId: 'k-1',
        centreId: 'c-1',
        instructorIds: [A, B],
        startsOn: TODAY,
        endsOn: '2026-03-12',
        capacity: 20,
      });
    });

    it('attendance: on one of the session’s days (today proposed when it is one), present or absent', () => {
      const form = attendanceForm(A, '2026-03-09', '2026-03-11');
      expect(form.defaults(TODAY, NOW)).toEqual({ day: TODAY, presence: 'present' });
      expect(attendanceForm(A, '2026-03-12', '2026-03-14').defaults(TODAY, NOW).day).toBe('2026-03-12');
      expect(attendanceForm(A, '2026-03-01', '2026-03-02').defaults(TODAY, NOW).day).toBe('2026-03-02');
      expect(form.validate({ day: '2026-03-12', presence: 'present' }, TODAY)).toEqual({
        day: 'training.attendance.outside',
      });
      expect(form.body({ day: '2026-03-09', presence: 'absent' }, NOW)).toEqual({
        memberId: A,
        day: '2026-03-09',
        present: false,
      });
    });
  });

  describe('base transfers', () => {
    it('a start: a word on it only when given', () => {
      expect(transferStartForm.validate(transferStartForm.defaults(TODAY, NOW), TODAY)).toEqual({});
      expect(transferStartForm.body({ reason: '  ' }, NOW)).toEqual({});
      expect(transferStartForm.body({ reason: ' Convoy leaves at dawn ' }, NOW)).toEqual({
        reason: 'Convoy leaves at dawn',
      });
    });

    it('a cancellation: why, required', () => {
      expect(transferCancelForm.validate(transferCancelForm.defaults(TODAY, NOW), TODAY)).toEqual({
        reason: 'transfers.cancel.reasonRequired',
      });
      expect(transferCancelForm.body({ reason: ' Road cut by shelling ' }, NOW)).toEqual({
        reason: 'Road cut by shelling',
      });
    });

    it('a confirmation: the day the members join, today by default, not to come', () => {
      expect(transferConfirmForm.defaults(TODAY, NOW)).toEqual({ effectiveOn: TODAY });
      expect(transferConfirmForm.validate({ effectiveOn: '2026-03-11' }, TODAY)).toEqual({
        effectiveOn: 'command.notInFuture',
      });
      expect(transferConfirmForm.validate({ effectiveOn: '' }, TODAY)).toEqual({ effectiveOn: 'form.required' });
      expect(transferConfirmForm.body({ effectiveOn: '2026-03-09' }, NOW)).toEqual({ effectiveOn: '2026-03-09' });
    });
  });
});
