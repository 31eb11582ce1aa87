import { RecognitionAssessmentRequired, RecognitionCaseOpened } from './recognition-case.events';

/** Sent by the reaction to a completed crew intake. */
export type OpenRecognitionCase = { type: 'OpenRecognitionCase'; data: RecognitionCaseOpened['data'] };

export type RecordRecognitionEvidence = {
  type: 'RecordRecognitionEvidence';
  description: string;
  reference: string | null;
  recordedOn: string;
};

/** The course as the catalogue knows it when the decision is taken (null: no such course). */
export type CourseOnRecord = {
  readonly courseId: string;
  readonly code: string;
  readonly competency: string;
  readonly isInduction: boolean;
  readonly retired: boolean;
  /** null: its certifications do not expire. */
  readonly validityMonths: number | null;
} | null;

export type GrantRecognition = {
  type: 'GrantRecognition';
  course: CourseOnRecord;
  /** Which of the case's prior services it recognises (its position in the case's list). */
  priorServiceIndex: number;
  issuedOn: string;
  expiresOn: string | null;
  grantedBy: string;
};

export type RequireAssessment = {
  type: 'RequireAssessment';
  course: CourseOnRecord;
  requirement: RecognitionAssessmentRequired['data']['requirement'];
  notes: string;
  decidedOn: string;
};

export type CloseRecognitionCase = { type: 'CloseRecognitionCase'; closedOn: string; notes: string };

export type RecognitionCaseCommand =
  OpenRecognitionCase | RecordRecognitionEvidence | GrantRecognition | RequireAssessment | CloseRecognitionCase;
