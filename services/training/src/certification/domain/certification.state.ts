// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.
import { CertificationStatus } from './certification.events';

/** What the rules of a certification need to know of its past: plain JSON, folded from its events by evolve. */
export interface CertificationState {
  /** null until it is awarded. */
  readonly held: {
    readonly certificationId: string;
    readonly memberId: string;
    readonly competency: string;
    readonly issuedOn: string;
    readonly expiresOn: string | null;
    readonly status: CertificationStatus;
  } | null;
}

export const initialCertificationState: CertificationState = { held: null };
