import { RequireAssessment } from '../recognition-case.commands';
import { RecognitionCaseEvent } from '../recognition-case.events';
import { closed, firefightingCourse, inductionCourse, opened, spec } from './spec-support';

const requirement: RequireAssessment = {
  type: 'RequireAssessment',
  course: firefightingCourse,
  requirement: 'refresher',
  notes: ' Breathing apparatus practice out of date ',
  decidedOn: '2025-02-12',
};
const required: RecognitionCaseEvent = {
  type: 'RecognitionAssessmentRequired',
  data: {
    courseId: firefightingCourse.courseId,
    courseCode: 'FF-101',
    competency: 'firefighting',
    requirement: 'refresher',
    notes: 'Breathing apparatus practice out of date',
    decidedOn: '2025-02-12',
  },
};

describe('RequireAssessment', () => {
  it('records that a refresher or an assessment comes first (no evidence needed to ask for one)', () => {
    spec.given([opened]).when(requirement).then([required]);
  });
  it('refuses it twice, for a competency already granted, the induction, without notes, in a closed case', () => {
    spec.given([opened, required]).when(requirement).thenThrows('RECOGNITION_ASSESSMENT_ALREADY_REQUIRED');
    spec
      .given([
        opened,
        {
          type: 'RecognitionGranted',
          data: {
            caseId: opened.data.caseId,
            memberId: opened.data.memberId,
            courseId: firefightingCourse.courseId,
            courseCode: 'FF-101',
            competency: 'firefighting',
            priorService: 'x',
            number: 'RPL-FF-101-0',
            issuingBody: 'civil-defence-training',
            issuedOn: '2025-02-15',
            expiresOn: null,
            grantedBy: 'training-1',
          },
        },
      ])
      .when(requirement)
      .thenThrows('RECOGNITION_ALREADY_GRANTED');
    spec
      .given([opened])
      .when({ ...requirement, course: inductionCourse })
      .thenThrows('RECOGNITION_INDUCTION_NOT_RECOGNISED');
    spec
      .given([opened])
      .when({ ...requirement, notes: '' })
      .thenThrows('RECOGNITION_DETAILS_REQUIRED');
    spec.given([opened, closed]).when(requirement).thenThrows('RECOGNITION_CASE_CLOSED');
  });
});
