import { describe, expect, it } from 'vitest';
import type { Course } from '../api/types';
import {
  assessmentForm,
  caseClosureForm,
  certificationCommandsFor,
  certificationReinstatementForm,
  certificationSuspensionForm,
  competenciesIn,
  courseForm,
  courseRetirementForm,
  evidenceForm,
  grantForm,
  renewalForm,
  revisionForm,
  revocationForm,
  roleRequirementsForm,
} from './training-forms';

const TODAY = '2026-03-10';
const NOW = new Date(`${TODAY}T09:41:00`);
const HELD = { issuedOn: '2025-01-10', expiresOn: '2027-01-09' };

describe('the certification forms', () => {
  it('offers what the status allows: nothing on a revoked one, no renewal of one that never expires', () => {
    expect(certificationCommandsFor('valid', '2027-01-09')).toEqual(['renew', 'suspend', 'revoke']);
    expect(certificationCommandsFor('suspended', '2027-01-09')).toEqual(['renew', 'reinstate', 'revoke']);
    expect(certificationCommandsFor('expired', '2027-01-09')).toEqual(['renew', 'revoke']);
    expect(certificationCommandsFor('revoked', '2027-01-09')).toEqual([]);
    expect(certificationCommandsFor('valid', null)).toEqual(['suspend', 'revoke']);
  });

  it('a renewal: from a day not before the issue, to a later last day than it has (or none)', () => {
    const form = renewalForm(HELD);
    expect(form.validate(form.defaults(TODAY, NOW), TODAY)).toEqual({ expiresOn: 'training.cert.expiresOnRequired' });
    expect(form.validate({ renewedOn: '2024-12-31', expiresOn: '2029-01-09', noExpiry: false }, TODAY)).toEqual({
      renewedOn: 'training.cert.beforeIssue',
    });
    expect(form.validate({ renewedOn: TODAY, expiresOn: '2026-03-01', noExpiry: false }, TODAY)).toEqual({
      expiresOn: 'training.cert.expiryBeforeRenewal',
    });
    expect(form.validate({ renewedOn: TODAY, expiresOn: '2027-01-09', noExpiry: false }, TODAY)).toEqual({
      expiresOn: 'training.cert.renewalNotLater',
    });
    const good = { renewedOn: TODAY, expiresOn: '2029-01-09', noExpiry: false };
    expect(form.validate(good, TODAY)).toEqual({});
    expect(form.body(good, NOW)).toEqual({ renewedOn: TODAY, expiresOn: '2029-01-09' });
    expect(form.validate({ ...good, expiresOn: '', noExpiry: true }, TODAY)).toEqual({});
    expect(form.body({ ...good, noExpiry: true }, NOW)).toEqual({ renewedOn: TODAY, expiresOn: null });
  });

  it('a suspension and a revocation: a day not before the issue, and why', () => {
    const suspension = certificationSuspensionForm(HELD);
    const revocation = revocationForm(HELD);
    expect(suspension.validate(suspension.defaults(TODAY, NOW), TODAY)).toEqual({
      reason: 'training.cert.reasonRequired',
    });
    expect(revocation.validate(revocation.defaults(TODAY, NOW), TODAY)).toEqual({
      reason: 'training.cert.reasonRequired',
    });
    expect(suspension.validate({ suspendedOn: '2024-01-01', reason: ' x ' }, TODAY)).toEqual({
      suspendedOn: 'training.cert.beforeIssue',
    });
    expect(revocation.validate({ revokedOn: '2024-01-01', reason: ' x ' }, TODAY)).toEqual({
      revokedOn: 'training.cert.beforeIssue',
    });
    expect(suspension.body({ suspendedOn: TODAY, reason: ' Under investigation ' }, NOW)).toEqual({
      suspendedOn: TODAY,
      reason: 'Under investigation',
    });
    expect(revocationForm(HELD).body({ revokedOn: TODAY, reason: ' Fraud ' }, NOW)).toEqual({
      revokedOn: TODAY,
      reason: 'Fraud',
    });
  });

  it('a reinstatement: a real day not before the issue', () => {
    const form = certificationReinstatementForm(HELD);
    expect(form.validate({ reinstatedOn: '' }, TODAY)).toEqual({ reinstatedOn: 'form.required' });
    expect(form.validate({ reinstatedOn: '2025-01-09' }, TODAY)).toEqual({ reinstatedOn: 'training.cert.beforeIssue' });
    expect(form.validate(form.defaults(TODAY, NOW), TODAY)).toEqual({});
    expect(form.body({ reinstatedOn: TODAY }, NOW)).toEqual({ reinstatedOn: TODAY });
  });
});

describe('the recognition forms', () => {
  const recognition = {
    openedOn: '2026-01-05',
    priorService: [
      { organisation: 'Aleppo State Fire Brigade', rankOrRole: 'Firefighter', from: '2008', to: '2025-12-31' },
      { organisation: 'Red Crescent', rankOrRole: 'Volunteer', from: '2012', to: null },
    ],
  };
  const courses = [
    { courseId: 'ff', validityMonths: 36 },
    { courseId: 'forever', validityMonths: null },
  ];

  it('evidence: what was seen, on a day not before the case opened; the reference left out when blank', () => {
    const form = evidenceForm(recognition);
    expect(form.validate(form.defaults(TODAY, NOW), TODAY)).toEqual({ description: 'form.required' });
    expect(form.validate({ description: 'Certificate', reference: '', recordedOn: '2026-01-04' }, TODAY)).toEqual({
      recordedOn: 'training.recognition.beforeOpening',
    });
    expect(form.body({ description: ' Certificate seen ', reference: ' ', recordedOn: TODAY }, NOW)).toEqual({
      description: 'Certificate seen',
      recordedOn: TODAY,
    });
    expect(form.body({ description: 'Seen', reference: ' ASFB-1 ', recordedOn: TODAY }, NOW)).toEqual({
      description: 'Seen',
      reference: 'ASFB-1',
      recordedOn: TODAY,
    });
  });

  it('a grant: a course and a prior service of the case; an expiring course needs its last day, after the issue', () => {
    const form = grantForm(recognition, courses);
    expect(form.validate(form.defaults(TODAY, NOW), TODAY)).toEqual({
      courseId: 'form.required',
      priorServiceIndex: 'form.required',
    });
    const grant = { courseId: 'ff', priorServiceIndex: '1', issuedOn: TODAY, expiresOn: '' };
    expect(form.validate(grant, TODAY)).toEqual({ expiresOn: 'training.recognition.expiryRequired' });
    expect(form.validate({ ...grant, priorServiceIndex: '2', expiresOn: '2029-03-09' }, TODAY)).toEqual({
      priorServiceIndex: 'form.required',
    });
    expect(form.validate({ ...grant, expiresOn: '2026-03-09' }, TODAY)).toEqual({
      expiresOn: 'training.recognition.expiryBeforeIssue',
    });
    expect(form.validate({ ...grant, issuedOn: '2026-01-01', expiresOn: '2029-01-01' }, TODAY)).toEqual({
      issuedOn: 'training.recognition.beforeOpening',
    });
    expect(form.body({ ...grant, expiresOn: '2029-03-09' }, NOW)).toEqual({
      courseId: 'ff',
      priorServiceIndex: 1,
      issuedOn: TODAY,
      expiresOn: '2029-03-09',
    });
    // A course whose certifications do not expire: none needed, null sent.
    const forever = { ...grant, courseId: 'forever' };
    expect(form.validate(forever, TODAY)).toEqual({});
    expect(form.body(forever, NOW).expiresOn).toBeNull();
    // One prior service only: it is proposed.
    expect(
      grantForm({ ...recognition, priorService: recognition.priorService.slice(0, 1) }, courses).defaults(TODAY, NOW),
    ).toMatchObject({ priorServiceIndex: '0' });
  });

  it('an assessment or refresher required: the course, which, why, on a day in the case', () => {
    const form = assessmentForm(recognition);
    expect(form.validate(form.defaults(TODAY, NOW), TODAY)).toEqual({
      courseId: 'form.required',
      requirement: 'form.required',
      notes: 'form.required',
    });
    const required = {
      courseId: 'ff',
      requirement: 'refresher',
      notes: ' No recent practice ',
      decidedOn: TODAY,
    } as const;
    expect(form.validate({ ...required, decidedOn: '2025-12-01' }, TODAY)).toEqual({
      decidedOn: 'training.recognition.beforeOpening',
    });
    expect(form.body(required, NOW)).toEqual({ ...required, notes: 'No recent practice' });
  });

  it('a closure: a day not before the case opened', () => {
    const form = caseClosureForm(recognition);
    expect(form.validate({ closedOn: '2026-01-01', notes: '' }, TODAY)).toEqual({
      closedOn: 'training.recognition.beforeOpening',
    });
    expect(form.body({ closedOn: TODAY, notes: ' ' }, NOW)).toEqual({ closedOn: TODAY });
  });
});

describe('the course and role requirement forms', () => {
  const good = {
    code: 'DD-201',
    nameAr: 'القيادة الدفاعية',
    nameEn: 'Defensive driving',
    competency: 'defensive-driving',
    hours: '24',
    passMark: '70',
    validityMonths: '',
    isInduction: false,
  };

  it('a course: a code, names in their scripts, a competency, hours, pass mark and validity in range', () => {
    expect(courseForm.validate(courseForm.defaults(TODAY, NOW), TODAY)).toEqual({
      code: 'training.course.code',
      nameAr: 'training.course.nameAr',
      nameEn: 'training.course.nameEn',
      competency: 'training.course.competency',
      hours: 'training.course.hours',
      passMark: 'form.score',
    });
    expect(
      courseForm.validate(
        {
          ...good,
          code: 'dd 201',
          nameAr: 'Defensive driving',
          nameEn: 'القيادة',
          competency: 'Defensive Driving',
          hours: '0',
          passMark: '101',
          validityMonths: '121',
        },
        TODAY,
      ),
    ).toEqual({
      code: 'training.course.code',
      nameAr: 'training.course.nameAr',
      nameEn: 'training.course.nameEn',
      competency: 'training.course.competency',
      hours: 'training.course.hours',
      passMark: 'form.score',
      validityMonths: 'training.course.validity',
    });
    expect(courseForm.validate(good, TODAY)).toEqual({});
    expect(courseForm.body({ ...good, validityMonths: '24' }, NOW)).toEqual({
      code: 'DD-201',
      nameAr: 'القيادة الدفاعية',
      nameEn: 'Defensive driving',
      competency: 'defensive-driving',
      hours: 24,
      passMark: 70,
      validityMonths: 24,
      prerequisites: [],
      isInduction: false,
    });
    expect(courseForm.body(good, NOW).validityMonths).toBeNull();
  });

  it('a revision starts from the course as it is, keeps its prerequisites, and says from when and why', () => {
    const course: Course = {
      courseId: 'c1',
      version: 3,
      code: 'FF-101',
      nameAr: 'الإطفاء',
      nameEn: 'Firefighting',
      competency: 'firefighting',
      hours: 40,
      passMark: 60,
      validityMonths: 36,
      prerequisites: ['c0'],
      isInduction: false,
      revisedOn: null,
      retired: null,
    };
    const form = revisionForm(course);
    const start = form.defaults(TODAY, NOW);
    expect(start).toMatchObject({ hours: '40', passMark: '60', validityMonths: '36', revisedOn: TODAY });
    expect(form.validate(start, TODAY)).toEqual({ reason: 'training.cert.reasonRequired' });
    expect(form.body({ ...start, hours: '48', reason: ' Night work added ' }, NOW)).toEqual({
      nameAr: 'الإطفاء',
      nameEn: 'Firefighting',
      competency: 'firefighting',
      hours: 48,
      passMark: 60,
      validityMonths: 36,
      isInduction: false,
      prerequisites: ['c0'],
      revisedOn: TODAY,
      reason: 'Night work added',
    });
  });

  it('a retirement: the day and why', () => {
    expect(courseRetirementForm.validate(courseRetirementForm.defaults(TODAY, NOW), TODAY)).toEqual({
      reason: 'training.cert.reasonRequired',
    });
    expect(courseRetirementForm.body({ retiredOn: TODAY, reason: ' Replaced ' }, NOW)).toEqual({
      retiredOn: TODAY,
      reason: 'Replaced',
    });
  });

  it('role requirements: every competency, each once, in kebab-case, at most 12, not what is already required', () => {
    expect(competenciesIn('driving, defensive-driving،first-aid\ndriving')).toEqual([
      'driving',
      'defensive-driving',
      'first-aid',
    ]);
    const form = roleRequirementsForm(['defensive-driving', 'driving']);
    const start = form.defaults(TODAY, NOW);
    expect(start.competencies).toBe('defensive-driving, driving');
    expect(form.validate(start, TODAY)).toEqual({
      competencies: 'training.requirements.unchanged',
      reason: 'training.cert.reasonRequired',
    });
    expect(
      form.validate({ ...start, competencies: 'driving, driving, defensive-driving', reason: 'x' }, TODAY),
    ).toEqual({ competencies: 'training.requirements.unchanged' });
    expect(form.validate({ ...start, competencies: 'driving, First Aid', reason: 'x' }, TODAY)).toEqual({
      competencies: 'training.course.competency',
    });
    const thirteen = Array.from({ length: 13 }, (_, i) => `c${i}`).join(',');
    expect(form.validate({ ...start, competencies: thirteen, reason: 'x' }, TODAY)).toEqual({
      competencies: 'training.requirements.tooMany',
    });
    const changed = {
      competencies: 'driving, defensive-driving, first-aid',
      effectiveOn: TODAY,
      reason: ' First on scene ',
    };
    expect(form.validate(changed, TODAY)).toEqual({});
    expect(form.body(changed, NOW)).toEqual({
      competencies: ['driving', 'defensive-driving', 'first-aid'],
      effectiveOn: TODAY,
      reason: 'First on scene',
    });
    // Nothing required any more is a change too.
    expect(form.validate({ ...changed, competencies: '' }, TODAY)).toEqual({});
  });
});
