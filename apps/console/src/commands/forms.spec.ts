import { describe, expect, it } from 'vitest';
import {
  arrivalForm,
  completeIntakeForm,
  intakePersonForm,
  deathForm,
  departureForm,
  injuryForm,
  leaveForm,
  lifeEventsFor,
  onboardingForm,
  transferForm,
  vettingForm,
} from './forms';

const TODAY = '2026-03-10';

describe('the command forms', () => {
  it('a leave: both dates and a reason, and it ends after it starts', () => {
    expect(leaveForm.validate(leaveForm.defaults(TODAY), TODAY)).toEqual({
      from: 'leave.required',
      until: 'leave.required',
      reason: 'leave.required',
    });
    const leave = { from: '2026-03-10', until: '2026-03-01', reason: ' family ' };
    expect(leaveForm.validate(leave, TODAY)).toEqual({ until: 'member.leave.untilBeforeFrom' });
    expect(leaveForm.body({ ...leave, until: '2026-03-12' })).toEqual({
      from: '2026-03-10',
      until: '2026-03-12',
      reason: 'family',
    });
  });

  it('a transfer names the centre, the date and the reason', () => {
    expect(transferForm.defaults(TODAY).effectiveOn).toBe(TODAY);
    expect(transferForm.validate({ toCentreId: '', effectiveOn: TODAY, reason: '  ' }, TODAY)).toEqual({
      toCentreId: 'member.transfer.required',
      reason: 'member.transfer.required',
    });
  });

  it('an injury in the line of duty names its incident; one off duty need not', () => {
    const injury = { injuredOn: TODAY, inLineOfDuty: true, incidentRef: ' ', description: '' };
    expect(injuryForm.validate(injury, TODAY)).toEqual({ incidentRef: 'member.injury.incidentRequired' });
    expect(injuryForm.validate({ ...injury, inLineOfDuty: false }, TODAY)).toEqual({});
    expect(injuryForm.body({ ...injury, inLineOfDuty: false })).toEqual({
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
    expect(deathForm.body({ diedOn: TODAY, incidentRef: ' INC-7 ', circumstances: '' })).toEqual({
      diedOn: TODAY,
      incidentRef: 'INC-7',
    });
  });

  it('a departure has a reason; its notes are left out when blank', () => {
    expect(departureForm.validate(departureForm.defaults(TODAY), TODAY)).toEqual({
      reason: 'member.departure.required',
    });
    expect(departureForm.body({ departedOn: TODAY, reason: 'retired', notes: ' ' })).toEqual({
      departedOn: TODAY,
      reason: 'retired',
    });
  });

  it('a vetting: an outcome, and a rejection says why', () => {
    expect(vettingForm.validate(vettingForm.defaults(TODAY), TODAY)).toEqual({
      outcome: 'applicants.vetting.required',
    });
    expect(vettingForm.validate({ outcome: 'rejected', vettedOn: TODAY, notes: '' }, TODAY)).toEqual({
      notes: 'applicants.vetting.notesRequired',
    });
    expect(vettingForm.body({ outcome: 'cleared', vettedOn: TODAY, notes: '' })).toEqual({
      outcome: 'cleared',
      vettedOn: TODAY,
    });
  });

  it('an onboarding: a centre, a role at least, a probation ending after the start', () => {
    expect(onboardingForm.validate(onboardingForm.defaults(TODAY), TODAY)).toEqual({
      centreId: 'applicants.onboarding.required',
      roles: 'applicants.onboarding.required',
    });
    const onboarding = { centreId: 'c-1', roles: ['rescuer' as const], startsOn: TODAY, probationEndsOn: TODAY };
    expect(onboardingForm.validate(onboarding, TODAY)).toEqual({
      probationEndsOn: 'applicants.onboarding.probationAfterStart',
    });
    expect(onboardingForm.body({ ...onboarding, probationEndsOn: '' })).toMatchObject({ probationEndsOn: null });
  });

  it('an arrival: a whole odometer reading and the moment, sent as an instant at the commander’s centre', () => {
    const form = arrivalForm('c-9');
    expect(form.validate({ odometerInKm: '12.5', arrivedOn: TODAY, arrivedTime: '' }, TODAY)).toEqual({
      odometerInKm: 'commander.arrival.required',
      arrivedTime: 'commander.arrival.required',
    });
    const body = form.body({ odometerInKm: ' 120170 ', arrivedOn: TODAY, arrivedTime: '08:30' });
    expect(body).toMatchObject({ centreId: 'c-9', odometerInKm: 120_170 });
    expect(new Date(body.arrivedAt).getTime()).toBe(new Date(`${TODAY}T08:30`).getTime());
  });

  it('a person of a crew: a name in one script at least, prior service dated to the year, month or day', () => {
    const form = intakePersonForm('Aleppo State Fire Brigade');
    const empty = form.defaults(TODAY);
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
    expect(form.body({ ...person, from: '2008', to: '' })).toEqual({
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
    expect(completeIntakeForm.body({ completedOn: TODAY, probationMonths: ' 6 ' })).toEqual({
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
