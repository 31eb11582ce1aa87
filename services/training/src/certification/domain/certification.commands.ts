import { CertificationAwarded } from './certification.events';

/** Award: the fields of the event it records (the id derived from the issuing body and the number). */
export type AwardCertification = { type: 'AwardCertification'; data: CertificationAwarded['data'] };

export type RenewCertification = {
  type: 'RenewCertification';
  renewedOn: string;
  expiresOn: string | null;
  sessionId: string | null;
};

export type SuspendCertification = { type: 'SuspendCertification'; suspendedOn: string; reason: string };
export type ReinstateCertification = { type: 'ReinstateCertification'; reinstatedOn: string };
export type RevokeCertification = { type: 'RevokeCertification'; revokedOn: string; reason: string };

/** Sent by the expiry sweep: expire it if its last valid day is before `asOf`. */
export type ExpireCertification = { type: 'ExpireCertification'; asOf: string };

export type CertificationCommand =
  | AwardCertification
  | RenewCertification
  | SuspendCertification
  | ReinstateCertification
  | RevokeCertification
  | ExpireCertification;
