import { ApiProperty } from '@nestjs/swagger';
import { RecordedOf } from '@muster/event-sourcing';
import { PriorService, RecognitionCaseEvent } from '../../domain/recognition-case.events';

/** Prior service as personnel recorded it at the intake (the domain's PriorService, documented). */
export class PriorServiceView implements PriorService {
  @ApiProperty() readonly organisation!: string;
  @ApiProperty() readonly rankOrRole!: string;
  @ApiProperty({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) readonly from!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: until the intake' }) readonly to!: string | null;
}

export class RecognitionEvidence {
  @ApiProperty() readonly description!: string;
  @ApiProperty({ type: String, nullable: true }) readonly reference!: string | null;
  @ApiProperty({ type: String, format: 'date' }) readonly recordedOn!: string;
  @ApiProperty({ description: 'who recorded it' }) readonly by!: string;
}

export class RecognitionGrant {
  @ApiProperty({ format: 'uuid' }) readonly courseId!: string;
  @ApiProperty() readonly courseCode!: string;
  @ApiProperty() readonly competency!: string;
  @ApiProperty({ description: 'the prior service it recognises, in words' }) readonly priorService!: string;
  @ApiProperty() readonly number!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly issuedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly expiresOn!: string | null;
  @ApiProperty() readonly grantedBy!: string;
}

export class RecognitionAssessment {
  @ApiProperty({ format: 'uuid' }) readonly courseId!: string;
  @ApiProperty() readonly courseCode!: string;
  @ApiProperty() readonly competency!: string;
  @ApiProperty({ enum: ['assessment', 'refresher'] }) readonly requirement!: 'assessment' | 'refresher';
  @ApiProperty() readonly notes!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly decidedOn!: string;
}

export class RecognitionClosure {
  @ApiProperty({ type: String, format: 'date' }) readonly on!: string;
  @ApiProperty() readonly notes!: string;
}

/** A recognition case as the lists and the case page show it. */
export class RecognitionCaseView {
  @ApiProperty({ format: 'uuid' }) readonly caseId!: string;
  @ApiProperty({ type: 'integer', description: 'its stream version (also the ETag)' }) readonly version!: number;
  @ApiProperty({ format: 'uuid' }) readonly memberId!: string;
  @ApiProperty({ format: 'uuid' }) readonly intakeId!: string;
  @ApiProperty({ format: 'uuid' }) readonly receivingCentreId!: string;
  @ApiProperty({ type: [String] }) readonly roles!: readonly string[];
  @ApiProperty({ type: [PriorServiceView] }) readonly priorService!: readonly PriorService[];
  @ApiProperty({ type: String, format: 'date' }) readonly openedOn!: string;
  @ApiProperty({ type: [RecognitionEvidence] }) readonly evidence!: readonly RecognitionEvidence[];
  @ApiProperty({ type: [RecognitionGrant] }) readonly grants!: readonly RecognitionGrant[];
  @ApiProperty({ type: [RecognitionAssessment] }) readonly assessments!: readonly RecognitionAssessment[];
  @ApiProperty({ type: RecognitionClosure, nullable: true }) readonly closed!: RecognitionClosure | null;
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
