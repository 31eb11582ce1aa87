import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { RecordedOf, unreachable } from '@muster/event-sourcing';
import {
  CERTIFICATION_STATUSES,
  CertificationBasis,
  CertificationEvent,
  CertificationStatus,
} from '../../domain/certification.events';

export class SessionBasisView {
  @ApiProperty({ enum: ['session'] }) readonly kind!: 'session';
  @ApiProperty({ format: 'uuid' }) readonly sessionId!: string;
}

export class RecognitionBasisView {
  @ApiProperty({ enum: ['recognition'] }) readonly kind!: 'recognition';
  @ApiProperty({ format: 'uuid' }) readonly caseId!: string;
  @ApiProperty() readonly priorService!: string;
}

export class CertificationChange {
  @ApiProperty({ description: 'the event’s type, e.g. CertificationRenewed' }) readonly type!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly on!: string;
  @ApiProperty({ type: String, nullable: true }) readonly note!: string | null;
}

/**
 * A certification as the register shows it: what, whose, from whom, valid until when, its status and its history.
 * Folded from its events by `evolveCertificationView` (never the decider's state), kept as a row of
 * `training_certifications`, and folded from the stream for a past date.
 */
@ApiExtraModels(SessionBasisView, RecognitionBasisView)
export class CertificationView {
  @ApiProperty({ format: 'uuid' }) readonly certificationId!: string;
  /** The stream's version: every event of the stream moves it. */
  @ApiProperty({ type: 'integer', description: 'its stream version (also the ETag)' }) readonly version!: number;
  @ApiProperty({ format: 'uuid' }) readonly memberId!: string;
  @ApiProperty({ format: 'uuid' }) readonly courseId!: string;
  @ApiProperty() readonly competency!: string;
  @ApiProperty() readonly number!: string;
  @ApiProperty() readonly issuingBody!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly issuedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly expiresOn!: string | null;
  @ApiProperty() readonly verifiedBy!: string;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(SessionBasisView) }, { $ref: getSchemaPath(RecognitionBasisView) }],
    discriminator: { propertyName: 'kind' },
    description: 'a session passed, or prior service recognised',
  })
  readonly basis!: CertificationBasis;
  @ApiProperty({ enum: CERTIFICATION_STATUSES }) readonly status!: CertificationStatus;
  /** Each change after the award, oldest first. */
  @ApiProperty({ type: [CertificationChange], description: 'each change after the award, oldest first' })
  readonly history!: readonly CertificationChange[];
}

/** What one event changes in the view; null until it is awarded. */
export function evolveCertificationView(
  view: CertificationView | null,
  event: RecordedOf<CertificationEvent>,
): CertificationView | null {
  const version = event.streamVersion;
  if (event.type === 'CertificationAwarded') {
    const { certificationId, memberId, courseId, competency, number, issuingBody, issuedOn, expiresOn } = event.data;
    const { verifiedBy, basis } = event.data;
    return {
      certificationId,
      version,
      memberId,
      courseId,
      competency,
      number,
      issuingBody,
      issuedOn,
      expiresOn,
      verifiedBy,
      basis,
      status: 'valid',
      history: [],
    };
  }
  // Nothing precedes an award in a stream: an event without one is not this read model's.
  if (view === null) return null;
  const noted = (status: CertificationStatus, on: string, note: string | null, expiresOn = view.expiresOn) => ({
    ...view,
    version,
    status,
    expiresOn,
    history: [...view.history, { type: event.type, on, note }],
  });
  switch (event.type) {
    case 'CertificationRenewed': {
      const { renewedOn, expiresOn, sessionId } = event.data;
      const status = view.status === 'expired' ? 'valid' : view.status;
      return noted(status, renewedOn, sessionId === null ? null : `session ${sessionId}`, expiresOn);
    }
    case 'CertificationSuspended':
      return noted('suspended', event.data.suspendedOn, event.data.reason);
    case 'CertificationReinstated':
      return noted('valid', event.data.reinstatedOn, null);
    case 'CertificationRevoked':
      return noted('revoked', event.data.revokedOn, event.data.reason);
    case 'CertificationExpired':
      return noted('expired', event.data.expiredOn, null);
    default:
      return unreachable(event);
  }
}
