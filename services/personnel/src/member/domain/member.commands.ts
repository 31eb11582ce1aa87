import type { Role } from '@muster/contracts';
import { PersonalText, ProtectedIdentityRef } from '../../identity/domain/sealed-payload';
import { IsoDate } from '@muster/event-sourcing';
import { DepartureReason, MemberOrigin, MemberRole, RecordCorrection } from './member.events';

/** Who issues a command, where a rule depends on it (Muster roles: 'hr' acts for HR; 'admin' holds the senior authority). */
export interface Actor {
  readonly id: string;
  readonly roles: readonly Role[];
}

export type ApplyForMembership = {
  type: 'ApplyForMembership';
  memberId: string;
  callSign: string;
  rolesSought: readonly MemberRole[];
  preferredCentreId: string | null;
  /** Encrypted by the application layer before the command is built: the decider never sees a clear identity. */
  identity: ProtectedIdentityRef;
  appliedOn: IsoDate;
};
export type VetApplicant = {
  type: 'VetApplicant';
  outcome: 'cleared' | 'rejected';
  vettedBy: string;
  vettedOn: IsoDate;
  notes: PersonalText;
};
export type OnboardMember = {
  type: 'OnboardMember';
  centreId: string;
  roles: readonly MemberRole[];
  startsOn: IsoDate;
  origin: MemberOrigin;
  actor: Actor;
};
export type TransferMember = {
  type: 'TransferMember';
  toCentreId: string;
  effectiveOn: IsoDate;
  reason: PersonalText;
  /** A move made for another service's process: refused unless the member is still at this centre. */
  fromCentreId?: string;
};
export type ChangeMemberRoles = {
  type: 'ChangeMemberRoles';
  roles: readonly MemberRole[];
  effectiveOn: IsoDate;
  reason: PersonalText;
  actor: Actor;
};
export type SuspendMember = { type: 'SuspendMember'; since: IsoDate; reason: PersonalText };
export type ReinstateMember = { type: 'ReinstateMember'; reinstatedOn: IsoDate; notes: PersonalText };
export type StartLeave = { type: 'StartLeave'; from: IsoDate; until: IsoDate; reason: PersonalText };
export type ReturnFromLeave = { type: 'ReturnFromLeave'; returnedOn: IsoDate };
export type RecordInjury = {
  type: 'RecordInjury';
  injuredOn: IsoDate;
  inLineOfDuty: boolean;
  incidentRef: string | null;
  description: PersonalText;
};
export type RecordDeathInLineOfDuty = {
  type: 'RecordDeathInLineOfDuty';
  diedOn: IsoDate;
  incidentRef: string;
  circumstances: PersonalText;
};
export type RecordDeparture = {
  type: 'RecordDeparture';
  departedOn: IsoDate;
  reason: Exclude<DepartureReason, 'probation-ended'>;
  notes: PersonalText;
  actor: Actor;
};
export type ProbationOutcome =
  /** `inductionCompletedOn`: when training reported the member's induction done (null: not reported yet). */
  | { readonly kind: 'confirm'; readonly notes: PersonalText; readonly inductionCompletedOn: IsoDate | null }
  | { readonly kind: 'extend'; readonly newEndsOn: IsoDate; readonly reason: PersonalText }
  | { readonly kind: 'end'; readonly reason: PersonalText };
export type ReviewProbation = { type: 'ReviewProbation'; reviewedOn: IsoDate; outcome: ProbationOutcome };
/** Re-sealed identity (new phone, new emergency contact), sealed with the member's same data key. */
export type UpdateIdentity = { type: 'UpdateIdentity'; identity: ProtectedIdentityRef; reason: PersonalText };
/** Crypto-shredding: the application layer deletes the data key; this records that it was done and why. */
/** Dated the day it is decided (the decision's `now`). */
export type EraseIdentity = { type: 'EraseIdentity'; reason: string };
export type CorrectRecord = { type: 'CorrectRecord'; correction: RecordCorrection; reason: PersonalText; actor: Actor };

export type MemberCommand =
  | ApplyForMembership
  | VetApplicant
  | OnboardMember
  | TransferMember
  | ChangeMemberRoles
  | SuspendMember
  | ReinstateMember
  | StartLeave
  | ReturnFromLeave
  | RecordInjury
  | RecordDeathInLineOfDuty
  | RecordDeparture
  | ReviewProbation
  | UpdateIdentity
  | EraseIdentity
  | CorrectRecord;
