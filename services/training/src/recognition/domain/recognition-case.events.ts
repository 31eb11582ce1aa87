// A recognition case's events, each `{ type, data }`, dates `YYYY-MM-DD`. A type string is permanent once stored: a
// changed shape gets a new schema version and an upcaster (recognition-case.catalogue.ts), never an edit.
import type { MemberRole } from '@muster/contracts';

/** Service in the organisation the crew came from, as personnel recorded it at the intake. */
export interface PriorService {
  readonly organisation: string;
  readonly rankOrRole: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly from: string;
  /** null: until the intake. */
  readonly to: string | null;
}

/** A person of a completed crew intake has prior learning to recognise: one case per person, opened once. */
export type RecognitionCaseOpened = {
  type: 'RecognitionCaseOpened';
  data: {
    caseId: string;
    memberId: string;
    personId: string;
    intakeId: string;
    receivingCentreId: string;
    roles: MemberRole[];
    priorService: PriorService[];
    openedOn: string;
  };
};

export type RecognitionEvidenceRecorded = {
  type: 'RecognitionEvidenceRecorded';
  data: { description: string; reference: string | null; recordedOn: string };
};

/**
 * The training manager grants a certification equivalent to a course, for the prior service named: the certification
 * is awarded from this (issuing body and number given here), marked as recognised.
 */
export type RecognitionGranted = {
  type: 'RecognitionGranted';
  data: {
    caseId: string;
    memberId: string;
    courseId: string;
    courseCode: string;
    competency: string;
    /** Which prior service it recognises, in words (organisation, rank or role, years). */
    priorService: string;
    number: string;
    issuingBody: string;
    issuedOn: string;
    expiresOn: string | null;
    grantedBy: string;
  };
};

/** Before any certification in this course the person must pass an assessment or a refresher. */
export type RecognitionAssessmentRequired = {
  type: 'RecognitionAssessmentRequired';
  data: {
    courseId: string;
    courseCode: string;
    competency: string;
    requirement: 'assessment' | 'refresher';
    notes: string;
    decidedOn: string;
  };
};

export type RecognitionCaseClosed = { type: 'RecognitionCaseClosed'; data: { closedOn: string; notes: string } };

export type RecognitionCaseEvent =
  | RecognitionCaseOpened
  | RecognitionEvidenceRecorded
  | RecognitionGranted
  | RecognitionAssessmentRequired
  | RecognitionCaseClosed;
