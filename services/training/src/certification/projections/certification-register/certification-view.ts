import { RecordedOf, unreachable } from '@muster/event-sourcing';
import { CertificationBasis, CertificationEvent, CertificationStatus } from '../../domain/certification.events';

/**
 * A certification as the register shows it: what, whose, from whom, valid until when, its status and its history.
 * Folded from its events by `evolveCertificationView` (never the decider's state), kept as a row of
 * `training_certifications`, and folded from the stream for a past date.
 */
export interface CertificationView {
  readonly certificationId: string;
  /** The stream's version: every event of the stream moves it. */
  readonly version: number;
  readonly memberId: string;
  readonly courseId: string;
  readonly competency: string;
  readonly number: string;
  readonly issuingBody: string;
  readonly issuedOn: string;
  readonly expiresOn: string | null;
  readonly verifiedBy: string;
  readonly basis: CertificationBasis;
  readonly status: CertificationStatus;
  /** Each change after the award, oldest first. */
  readonly history: readonly { readonly type: string; readonly on: string; readonly note: string | null }[];
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
