import { deterministicUuid } from '@muster/event-sourcing';
import { GrantRecognition } from '../recognition-case.commands';
import { RecognitionCaseEvent } from '../recognition-case.events';
import { CASE, closed, evidence, firefightingCourse, inductionCourse, MEMBER, opened, spec } from './spec-support';

const grant: GrantRecognition = {
  type: 'GrantRecognition',
  course: firefightingCourse,
  priorServiceIndex: 0,
  issuedOn: '2025-02-15',
  expiresOn: '2027-02-14',
  grantedBy: 'training-1',
};

const granted: RecognitionCaseEvent = {
  type: 'RecognitionGranted',
  data: {
    caseId: CASE,
    memberId: MEMBER,
    courseId: firefightingCourse.courseId,
    courseCode: 'FF-101',
    competency: 'firefighting',
    priorService: 'Aleppo Fire Brigade, firefighter, 2012–intake',
    // Derived from the case and the course, so a retried grant lands on the same certification.
    number: `RPL-FF-101-${deterministicUuid('recognition', CASE, firefightingCourse.courseId).slice(0, 8).toUpperCase()}`,
    issuingBody: 'civil-defence-training',
    issuedOn: '2025-02-15',
    expiresOn: '2027-02-14',
    grantedBy: 'training-1',
  },
};

describe('GrantRecognition', () => {
  it('grants a certification equivalent to the course, for the prior service named, after the evidence', () => {
    spec.given([opened, evidence]).when(grant).then([granted]);
  });
  it('refuses without evidence: a rank alone certifies nobody', () => {
    spec.given([opened]).when(grant).thenThrows('RECOGNITION_EVIDENCE_REQUIRED');
  });
  it('refuses the induction, an unknown or retired course, a prior service the case does not record', () => {
    spec
      .given([opened, evidence])
      .when({ ...grant, course: inductionCourse })
      .thenThrows('RECOGNITION_INDUCTION_NOT_RECOGNISED');
    spec
      .given([opened, evidence])
      .when({ ...grant, course: null })
      .thenThrows('RECOGNITION_COURSE_UNKNOWN');
    spec
      .given([opened, evidence])
      .when({ ...grant, course: { ...firefightingCourse, retired: true } })
      .thenThrows('RECOGNITION_COURSE_RETIRED');
    spec
      .given([opened, evidence])
      .when({ ...grant, priorServiceIndex: 2 })
      .thenThrows('RECOGNITION_PRIOR_SERVICE_UNKNOWN');
  });
  it('refuses a second grant of the competency, and one that waits for an assessment', () => {
    spec.given([opened, evidence, granted]).when(grant).thenThrows('RECOGNITION_ALREADY_GRANTED');
    spec
      .given([
        opened,
        evidence,
        {
          type: 'RecognitionAssessmentRequired',
          data: {
            courseId: firefightingCourse.courseId,
            courseCode: 'FF-101',
            competency: 'firefighting',
            requirement: 'assessment',
            notes: 'x',
            decidedOn: '2025-02-12',
          },
        },
      ])
      .when(grant)
      .thenThrows('RECOGNITION_ASSESSMENT_REQUIRED');
  });
  it('needs an expiry for a course whose certifications expire, not before the issue; not before the case', () => {
    spec
      .given([opened, evidence])
      .when({ ...grant, expiresOn: null })
      .thenThrows('RECOGNITION_EXPIRY_REQUIRED');
    spec
      .given([opened, evidence])
      .when({ ...grant, expiresOn: '2025-02-14' })
      .thenThrows('RECOGNITION_EXPIRY_BEFORE_ISSUE');
    spec
      .given([opened, evidence])
      .when({ ...grant, issuedOn: '2025-01-01' })
      .thenThrows('RECOGNITION_DATE_BEFORE_OPENING');
    spec
      .given([opened, evidence])
      .when({ ...grant, course: { ...firefightingCourse, validityMonths: null }, expiresOn: null })
      .then([{ ...granted, data: { ...granted.data, expiresOn: null } } as RecognitionCaseEvent]);
  });
  it('refuses in a closed case', () => {
    spec.given([opened, evidence, closed]).when(grant).thenThrows('RECOGNITION_CASE_CLOSED');
  });
});
