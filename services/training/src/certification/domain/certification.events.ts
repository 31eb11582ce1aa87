// A certification's events, each `{ type, data }`, dates as calendar dates `YYYY-MM-DD`. A type string is permanent
// once stored: a changed shape gets a new schema version and an upcaster (certification.catalogue.ts), never an edit.
// The shapes are fixed with the people side of training (docs: training-shared); those with contracts in
// @muster/contracts are published as they are.

/** How a certification was earned: passing a session, or recognition of prior learning (from which prior service). */
export type CertificationBasis =
  { kind: 'session'; sessionId: string } | { kind: 'recognition'; caseId: string; priorService: string };

export type CertificationAwarded = {
  type: 'CertificationAwarded';
  data: {
    certificationId: string;
    memberId: string;
    courseId: string;
    competency: string;
    /** Unique per issuing body. */
    number: string;
    issuingBody: string;
    issuedOn: string;
    /** The last day it is valid; null: it does not expire. */
    expiresOn: string | null;
    /** Who verified it (a user id). */
    verifiedBy: string;
    basis: CertificationBasis;
  };
};

export type CertificationRenewed = {
  type: 'CertificationRenewed';
  data: {
    certificationId: string;
    memberId: string;
    competency: string;
    renewedOn: string;
    expiresOn: string | null;
    /** The refresher session that renewed it; null: renewed by a training manager's decision. */
    sessionId: string | null;
  };
};

export type CertificationSuspended = {
  type: 'CertificationSuspended';
  data: { certificationId: string; memberId: string; competency: string; suspendedOn: string; reason: string };
};

export type CertificationReinstated = {
  type: 'CertificationReinstated';
  data: { certificationId: string; memberId: string; competency: string; reinstatedOn: string };
};

export type CertificationRevoked = {
  type: 'CertificationRevoked';
  data: { certificationId: string; memberId: string; competency: string; revokedOn: string; reason: string };
};

/** `expiredOn`: the first day it is no longer valid, the day after its `expiresOn`. */
export type CertificationExpired = {
  type: 'CertificationExpired';
  data: { certificationId: string; memberId: string; competency: string; expiredOn: string };
};

export type CertificationEvent =
  | CertificationAwarded
  | CertificationRenewed
  | CertificationSuspended
  | CertificationReinstated
  | CertificationRevoked
  | CertificationExpired;

export const CERTIFICATION_STATUSES = ['valid', 'suspended', 'expired', 'revoked'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
