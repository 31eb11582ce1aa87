// The training manager's forms on certifications, recognition cases, courses and role requirements: pure, like
// forms.ts (their empty values, what they check before sending, the body they send), each rule unit-tested.
import type {
  AddCourse,
  Certification,
  CertificationStatus,
  CloseRecognitionCase,
  Course,
  GrantRecognition,
  RecognitionCase,
  RecordRecognitionEvidence,
  ReinstateCertification,
  RenewCertification,
  RequireAssessment,
  RetireCourse,
  ReviseCourse,
  RevokeCertification,
  SetRoleRequirements,
  SuspendCertification,
} from '../api/types';
import { wholeNumber } from '../forms';
import { CommandForm, filled, isDay, optional, problems } from './forms';

// ——— Certifications ———

export type CertificationCommand = 'renew' | 'suspend' | 'reinstate' | 'revoke';

/**
 * What may be done to a certification in its status (the service's rules): a valid one is renewed, suspended or
 * revoked; a suspended one renewed, reinstated or revoked; an expired one renewed or revoked; a revoked one nothing.
 * One that never expires cannot be renewed (nothing is later than never).
 */
export function certificationCommandsFor(
  status: CertificationStatus,
  expiresOn: string | null,
): readonly CertificationCommand[] {
  const renew: readonly CertificationCommand[] = expiresOn === null ? [] : ['renew'];
  switch (status) {
    case 'valid':
      return [...renew, 'suspend', 'revoke'];
    case 'suspended':
      return [...renew, 'reinstate', 'revoke'];
    case 'expired':
      return [...renew, 'revoke'];
    case 'revoked':
      return [];
  }
}

type Held = Pick<Certification, 'issuedOn' | 'expiresOn'>;

export interface RenewalValues {
  readonly renewedOn: string;
  readonly expiresOn: string;
  readonly noExpiry: boolean;
}

/** A refresher outside a session: valid for longer than it already is — a later last day, or none. */
export const renewalForm = (held: Held): CommandForm<RenewalValues, RenewCertification> => ({
  defaults: (today) => ({ renewedOn: today, expiresOn: '', noExpiry: false }),
  validate: (v) =>
    problems<RenewalValues>([
      ['renewedOn', !isDay(v.renewedOn), 'form.required'],
      ['renewedOn', v.renewedOn < held.issuedOn, 'training.cert.beforeIssue'],
      ['expiresOn', !v.noExpiry && !isDay(v.expiresOn), 'training.cert.expiresOnRequired'],
      ['expiresOn', !v.noExpiry && v.expiresOn < v.renewedOn, 'training.cert.expiryBeforeRenewal'],
      [
        'expiresOn',
        !v.noExpiry && held.expiresOn !== null && v.expiresOn <= held.expiresOn,
        'training.cert.renewalNotLater',
      ],
    ]),
  body: (v) => ({ renewedOn: v.renewedOn, expiresOn: v.noExpiry ? null : v.expiresOn }),
});

export interface CertificationSuspensionValues {
  readonly suspendedOn: string;
  readonly reason: string;
}

/** A valid certification stops counting from a day, with why, until it is reinstated. */
export const certificationSuspensionForm = (
  held: Held,
): CommandForm<CertificationSuspensionValues, SuspendCertification> => ({
  defaults: (today) => ({ suspendedOn: today, reason: '' }),
  validate: (v) =>
    problems<CertificationSuspensionValues>([
      ['suspendedOn', !isDay(v.suspendedOn), 'form.required'],
      ['suspendedOn', v.suspendedOn < held.issuedOn, 'training.cert.beforeIssue'],
      ['reason', !filled(v.reason), 'training.cert.reasonRequired'],
    ]),
  body: (v) => ({ suspendedOn: v.suspendedOn, reason: v.reason.trim() }),
});

export interface CertificationReinstatementValues {
  readonly reinstatedOn: string;
}

/** A suspended certification counts again from a day (until its expiry). */
export const certificationReinstatementForm = (
  held: Held,
): CommandForm<CertificationReinstatementValues, ReinstateCertification> => ({
  defaults: (today) => ({ reinstatedOn: today }),
  validate: (v) =>
    problems<CertificationReinstatementValues>([
      ['reinstatedOn', !isDay(v.reinstatedOn), 'form.required'],
      ['reinstatedOn', v.reinstatedOn < held.issuedOn, 'training.cert.beforeIssue'],
    ]),
  body: (v) => ({ reinstatedOn: v.reinstatedOn }),
});

export interface RevocationValues {
  readonly revokedOn: string;
  readonly reason: string;
}

/** Revoked for good, from a day, with why (the dialog confirms it first). */
export const revocationForm = (held: Held): CommandForm<RevocationValues, RevokeCertification> => ({
  defaults: (today) => ({ revokedOn: today, reason: '' }),
  validate: (v) =>
    problems<RevocationValues>([
      ['revokedOn', !isDay(v.revokedOn), 'form.required'],
      ['revokedOn', v.revokedOn < held.issuedOn, 'training.cert.beforeIssue'],
      ['reason', !filled(v.reason), 'training.cert.reasonRequired'],
    ]),
  body: (v) => ({ revokedOn: v.revokedOn, reason: v.reason.trim() }),
});

// ——— Recognition of prior learning ———

type OpenCase = Pick<RecognitionCase, 'openedOn'>;

export interface EvidenceValues {
  readonly description: string;
  readonly reference: string;
  readonly recordedOn: string;
}

/** Evidence of the person's prior learning, seen on a day not before the case opened (needed before any grant). */
export const evidenceForm = (recognition: OpenCase): CommandForm<EvidenceValues, RecordRecognitionEvidence> => ({
  defaults: (today) => ({ description: '', reference: '', recordedOn: today }),
  validate: (v) =>
    problems<EvidenceValues>([
      ['description', !filled(v.description), 'form.required'],
      ['recordedOn', !isDay(v.recordedOn), 'form.required'],
      ['recordedOn', v.recordedOn < recognition.openedOn, 'training.recognition.beforeOpening'],
    ]),
  body: (v) => ({
    description: v.description.trim(),
    ...optional('reference', v.reference),
    recordedOn: v.recordedOn,
  }),
});

export interface GrantValues {
  readonly courseId: string;
  readonly priorServiceIndex: string;
  readonly issuedOn: string;
  readonly expiresOn: string;
}

/**
 * A certification equivalent to a course, for one of the case's prior services: issued not before the case opened;
 * a course whose certifications expire needs the last valid day, not before the issue (the service checks the course
 * again, and the evidence).
 */
export const grantForm = (
  recognition: Pick<RecognitionCase, 'openedOn' | 'priorService'>,
  courses: readonly Pick<Course, 'courseId' | 'validityMonths'>[],
): CommandForm<GrantValues, GrantRecognition> => ({
  defaults: (today) => ({
    courseId: '',
    priorServiceIndex: recognition.priorService.length === 1 ? '0' : '',
    issuedOn: today,
    expiresOn: '',
  }),
  validate: (v) => {
    const expires = courses.find((c) => c.courseId === v.courseId)?.validityMonths !== null;
    const index = wholeNumber(v.priorServiceIndex, 0, recognition.priorService.length - 1);
    return problems<GrantValues>([
      ['courseId', v.courseId === '', 'form.required'],
      ['priorServiceIndex', index === null, 'form.required'],
      ['issuedOn', !isDay(v.issuedOn), 'form.required'],
      ['issuedOn', v.issuedOn < recognition.openedOn, 'training.recognition.beforeOpening'],
      ['expiresOn', v.courseId !== '' && expires && !isDay(v.expiresOn), 'training.recognition.expiryRequired'],
      ['expiresOn', isDay(v.expiresOn) && v.expiresOn < v.issuedOn, 'training.recognition.expiryBeforeIssue'],
    ]);
  },
  body: (v) => ({
    courseId: v.courseId,
    priorServiceIndex: Number(v.priorServiceIndex),
    issuedOn: v.issuedOn,
    expiresOn: isDay(v.expiresOn) ? v.expiresOn : null,
  }),
});

export const REQUIREMENTS = ['assessment', 'refresher'] as const;

export interface AssessmentValues {
  readonly courseId: string;
  readonly requirement: RequireAssessment['requirement'] | '';
  readonly notes: string;
  readonly decidedOn: string;
}

/** An assessment or a refresher required before any certification in a course, with why. */
export const assessmentForm = (recognition: OpenCase): CommandForm<AssessmentValues, RequireAssessment> => ({
  defaults: (today) => ({ courseId: '', requirement: '', notes: '', decidedOn: today }),
  validate: (v) =>
    problems<AssessmentValues>([
      ['courseId', v.courseId === '', 'form.required'],
      ['requirement', v.requirement === '', 'form.required'],
      ['notes', !filled(v.notes), 'form.required'],
      ['decidedOn', !isDay(v.decidedOn), 'form.required'],
      ['decidedOn', v.decidedOn < recognition.openedOn, 'training.recognition.beforeOpening'],
    ]),
  // validate() refused an empty requirement before body() is asked for.
  body: (v) => ({
    courseId: v.courseId,
    requirement: v.requirement || 'assessment',
    notes: v.notes.trim(),
    decidedOn: v.decidedOn,
  }),
});

export interface CaseClosureValues {
  readonly closedOn: string;
  readonly notes: string;
}

/** The case closed once everything in it is decided. */
export const caseClosureForm = (recognition: OpenCase): CommandForm<CaseClosureValues, CloseRecognitionCase> => ({
  defaults: (today) => ({ closedOn: today, notes: '' }),
  validate: (v) =>
    problems<CaseClosureValues>([
      ['closedOn', !isDay(v.closedOn), 'form.required'],
      ['closedOn', v.closedOn < recognition.openedOn, 'training.recognition.beforeOpening'],
    ]),
  body: (v) => ({ closedOn: v.closedOn, ...optional('notes', v.notes) }),
});

// ——— Courses and role requirements ———

/** The service's own patterns (services/training: course terms and codes). */
export const COURSE_CODE = /^(?=.{1,20}$)[A-Z0-9]+(-[A-Z0-9]+)*$/;
export const COMPETENCY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ARABIC = /^(?=.*\p{Script=Arabic})[\p{Script=Arabic}\p{N}\p{P}\s]+$/u;
const LATIN = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\p{N}\p{P}\s]+$/u;
const isCompetency = (text: string): boolean => COMPETENCY.test(text) && text.length <= 60;

export interface CourseTermsValues {
  readonly nameAr: string;
  readonly nameEn: string;
  readonly competency: string;
  readonly hours: string;
  readonly passMark: string;
  /** Empty: its certifications do not expire. */
  readonly validityMonths: string;
  readonly isInduction: boolean;
}

export interface CourseValues extends CourseTermsValues {
  readonly code: string;
}

const termsProblems = (v: CourseTermsValues) =>
  [
    ['nameAr', !ARABIC.test(v.nameAr.trim()), 'training.course.nameAr'],
    ['nameEn', !LATIN.test(v.nameEn.trim()), 'training.course.nameEn'],
    ['competency', !isCompetency(v.competency.trim()), 'training.course.competency'],
    ['hours', wholeNumber(v.hours, 1, 1000) === null, 'training.course.hours'],
    ['passMark', wholeNumber(v.passMark, 0, 100) === null, 'form.score'],
    [
      'validityMonths',
      filled(v.validityMonths) && wholeNumber(v.validityMonths, 1, 120) === null,
      'training.course.validity',
    ],
  ] as const;

const termsOf = (v: CourseTermsValues) => ({
  nameAr: v.nameAr.trim(),
  nameEn: v.nameEn.trim(),
  competency: v.competency.trim(),
  hours: Number(v.hours),
  passMark: Number(v.passMark),
  validityMonths: filled(v.validityMonths) ? Number(v.validityMonths) : null,
  isInduction: v.isInduction,
});

/** A new course of the catalogue: its code and terms (prerequisites are not chosen here: none). */
export const courseForm: CommandForm<CourseValues, AddCourse> = {
  defaults: () => ({
    code: '',
    nameAr: '',
    nameEn: '',
    competency: '',
    hours: '',
    passMark: '',
    validityMonths: '',
    isInduction: false,
  }),
  validate: (v) =>
    problems<CourseValues>([['code', !COURSE_CODE.test(v.code.trim()), 'training.course.code'], ...termsProblems(v)]),
  body: (v) => ({ code: v.code.trim(), ...termsOf(v), prerequisites: [] }),
};

export interface RevisionValues extends CourseTermsValues {
  readonly revisedOn: string;
  readonly reason: string;
}

/** A new version of a course's terms from a day, with why; its prerequisites are kept as they are. */
export const revisionForm = (course: Course): CommandForm<RevisionValues, ReviseCourse> => ({
  defaults: (today) => ({
    nameAr: course.nameAr,
    nameEn: course.nameEn,
    competency: course.competency,
    hours: `${course.hours}`,
    passMark: `${course.passMark}`,
    validityMonths: course.validityMonths === null ? '' : `${course.validityMonths}`,
    isInduction: course.isInduction,
    revisedOn: today,
    reason: '',
  }),
  validate: (v) =>
    problems<RevisionValues>([
      ...termsProblems(v),
      ['revisedOn', !isDay(v.revisedOn), 'form.required'],
      ['reason', !filled(v.reason), 'training.cert.reasonRequired'],
    ]),
  body: (v) => ({
    ...termsOf(v),
    prerequisites: [...course.prerequisites],
    revisedOn: v.revisedOn,
    reason: v.reason.trim(),
  }),
});

export interface CourseRetirementValues {
  readonly retiredOn: string;
  readonly reason: string;
}

/** A course retired: kept, with the certifications it gave, but no new sessions. */
export const courseRetirementForm: CommandForm<CourseRetirementValues, RetireCourse> = {
  defaults: (today) => ({ retiredOn: today, reason: '' }),
  validate: (v) =>
    problems<CourseRetirementValues>([
      ['retiredOn', !isDay(v.retiredOn), 'form.required'],
      ['reason', !filled(v.reason), 'training.cert.reasonRequired'],
    ]),
  body: (v) => ({ retiredOn: v.retiredOn, reason: v.reason.trim() }),
};

/** Competencies written one after another (spaces, commas, lines), each once. */
export const competenciesIn = (text: string): string[] => [...new Set(text.split(/[\s,،]+/).filter((c) => c !== ''))];

export interface RoleRequirementsValues {
  readonly competencies: string;
  readonly effectiveOn: string;
  readonly reason: string;
}

/**
 * Every competency a role requires from a day (none: an empty list), with why; at most 12, each in kebab-case, and
 * not exactly what it already requires.
 */
export const roleRequirementsForm = (
  current: readonly string[],
): CommandForm<RoleRequirementsValues, SetRoleRequirements> => ({
  defaults: (today) => ({ competencies: current.join(', '), effectiveOn: today, reason: '' }),
  validate: (v) => {
    const listed = competenciesIn(v.competencies);
    return problems<RoleRequirementsValues>([
      ['competencies', !listed.every(isCompetency), 'training.course.competency'],
      ['competencies', listed.length > 12, 'training.requirements.tooMany'],
      ['competencies', [...listed].sort().join() === [...current].sort().join(), 'training.requirements.unchanged'],
      ['effectiveOn', !isDay(v.effectiveOn), 'form.required'],
      ['reason', !filled(v.reason), 'training.cert.reasonRequired'],
    ]);
  },
  body: (v) => ({ competencies: competenciesIn(v.competencies), effectiveOn: v.effectiveOn, reason: v.reason.trim() }),
});
