// Fixtures shared by the recognition case decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { CourseOnRecord } from '../recognition-case.commands';
import { recognitionCaseDecider } from '../recognition-case.decider';
import { RecognitionCaseEvent, RecognitionCaseOpened } from '../recognition-case.events';

export const spec = deciderSpec(recognitionCaseDecider);

export const CASE = '7d1e4b63-0000-4000-8000-000000000001';
export const MEMBER = '7d1e4b63-0000-4000-8000-000000000002';

export const opened: RecognitionCaseOpened = {
  type: 'RecognitionCaseOpened',
  data: {
    caseId: CASE,
    memberId: MEMBER,
    personId: '7d1e4b63-0000-4000-8000-000000000003',
    intakeId: '7d1e4b63-0000-4000-8000-000000000004',
    receivingCentreId: '7d1e4b63-0000-4000-8000-000000000005',
    roles: ['firefighter'],
    priorService: [
      { organisation: 'Aleppo Fire Brigade', rankOrRole: 'firefighter', from: '2012', to: null },
      { organisation: 'Aleppo Fire Brigade', rankOrRole: 'driver', from: '2008', to: '2012' },
    ],
    openedOn: '2025-02-01',
  },
};

export const evidence: RecognitionCaseEvent = {
  type: 'RecognitionEvidenceRecorded',
  data: {
    description: 'Brigade certificate seen; live-fire drill observed',
    reference: 'AFB-1187',
    recordedOn: '2025-02-10',
  },
};

export const firefightingCourse: NonNullable<CourseOnRecord> = {
  courseId: '7d1e4b63-0000-4000-8000-000000000010',
  code: 'FF-101',
  competency: 'firefighting',
  isInduction: false,
  retired: false,
  validityMonths: 24,
};

export const inductionCourse: NonNullable<CourseOnRecord> = {
  ...firefightingCourse,
  courseId: '7d1e4b63-0000-4000-8000-000000000011',
  code: 'IND-100',
  competency: 'induction',
  isInduction: true,
  validityMonths: null,
};

export const closed: RecognitionCaseEvent = {
  type: 'RecognitionCaseClosed',
  data: { closedOn: '2025-03-01', notes: '' },
};
