import { RecordedOf } from '@muster/event-sourcing';
import { PriorService, RecognitionCaseEvent } from '../../domain/recognition-case.events';

/** A recognition case as the lists and the case page show it. */
export interface RecognitionCaseView {
  readonly caseId: string;
  readonly version: number;
  readonly memberId: string;
  readonly intakeId: string;
  readonly receivingCentreId: string;
  readonly roles: readonly string[];
  readonly priorService: readonly PriorService[];
  readonly openedOn: string;
  readonly evidence: readonly { description: string; reference: string | null; recordedOn: string; by: string }[];
  readonly grants: readonly {
    courseId: string;
    courseCode: string;
    competency: string;
    priorService: string;
    number: string;
    issuedOn: string;
    expiresOn: string | null;
    grantedBy: string;
  }[];
  readonly assessments: readonly {
    courseId: string;
    courseCode: string;
    competency: string;
    requirement: 'assessment' | 'refresher';
    notes: string;
    decidedOn: string;
  }[];
  readonly closed: { readonly on: string; readonly notes: string } | null;
}

/** What one event changes in the view; null until the case is opened. */
export function evolveRecognitionCaseView(
  view: RecognitionCaseView | null,
  event: RecordedOf<RecognitionCaseEvent>,
): RecognitionCaseView | null {
  const version = event.streamVersion;
  if (event.type === 'RecognitionCaseOpened') {
    const { caseId, memberId, intakeId, receivingCentreId, roles, priorService, openedOn } = event.data;
    return {
      caseId,
      version,
      memberId,
      intakeId,
      receivingCentreId,
      roles,
      priorService,
      openedOn,
      evidence: [],
      grants: [],
      assessments: [],
      closed: null,
    };
  }
  if (view === null) return null;
  switch (event.type) {
    case 'RecognitionEvidenceRecorded':
      return { ...view, version, evidence: [...view.evidence, { ...event.data, by: event.metadata.actorId }] };
    case 'RecognitionGranted': {
      const { caseId: _caseId, memberId: _memberId, issuingBody: _issuingBody, ...grant } = event.data;
      return { ...view, version, grants: [...view.grants, grant] };
    }
    case 'RecognitionAssessmentRequired':
      return { ...view, version, assessments: [...view.assessments, event.data] };
    case 'RecognitionCaseClosed':
      return { ...view, version, closed: { on: event.data.closedOn, notes: event.data.notes } };
  }
}
