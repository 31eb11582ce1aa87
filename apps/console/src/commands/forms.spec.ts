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
  resultForm,
  transferForm,
  vehicleArrivalForm,
  vettingForm,
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
    expect(empty.organisation).toBe('Aleppo State Fire Brigade');
    expect(form.validate(empty, TODAY)).toEqual({
      callSign: 'intake.person.required',
      arabicOwn: 'intake.person.nameRequired',
      rankOrRole: 'intake.person.required',
      from: 'intake.person.partialDate',
    });
    const person = {
      ...empty,
      callSign: 'Ember 7',
      arabicOwn: 'سامر',
      arabicFamily: 'الحلبي',
      rankOrRole: 'Firefighter',
    };
    expect(form.validate({ ...person, from: '2008-4' }, TODAY)).toEqual({ from: 'intake.person.partialDate' });
    expect(form.body({ ...person, from: '2008', to: '' }, NOW)).toEqual({
      callSign: 'Ember 7',
      identity: { name: { arabic: { own: 'سامر', father: null, grandfather: null, family: 'الحلبي' }, latin: null } },
      priorService: [{ organisation: 'Aleppo State Fire Brigade', rankOrRole: 'Firefighter', from: '2008', to: null }],
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

  it('offers the life events the record’s status allows, and none on a closed record', () => {
    expect(lifeEventsFor('active')).toContain('death');
    expect(lifeEventsFor('suspended')).toContain('reinstatement');
    expect(lifeEventsFor('active')).not.toContain('reinstatement');
    expect(lifeEventsFor('killed')).toEqual([]);
    expect(lifeEventsFor('departed')).toEqual([]);
  });
});
