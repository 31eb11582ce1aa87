import { PersonalText, ProtectedIdentityRef } from '../../identity/domain/sealed-payload';
import { IsoDate } from '@muster/event-sourcing';

/**
 * A member's events. The `type` strings are stored forever: never rename one; a changed payload gets a new type
 * or version with an upcaster. Events never hold a clear legal identity: only `ProtectedIdentityRef`
 * (a key id and a ciphertext), so erasing the member's data key makes every copy unreadable. Free text about the
 * member (reasons, notes, descriptions) is a `PersonalText`: sealed with the same key since it was introduced.
 */

export { MEMBER_ROLES, isMemberRole } from '@muster/contracts';
export type { MemberRole } from '@muster/contracts';
import type { MemberRole } from '@muster/contracts';

export type DepartureReason = 'resigned' | 'dismissed' | 'retired' | 'probation-ended';

export type MemberOrigin =
  | { readonly kind: 'direct'; readonly probationEndsOn: IsoDate | null }
  | { readonly kind: 'integrated-crew'; readonly intakeId: string; readonly probationEndsOn: IsoDate };

/** An admin's correction of a recorded fact; the original events stay, this one says what was corrected. */
export type RecordCorrection =
  | { readonly kind: 'call-sign'; readonly callSign: string }
  | { readonly kind: 'death-record'; readonly diedOn: IsoDate; readonly incidentRef: string }
  | { readonly kind: 'departure-record'; readonly departedOn: IsoDate; readonly reason: DepartureReason }
  /** A death or departure recorded in error (e.g. a missing volunteer later found alive): back to active service. */
  | { readonly kind: 'final-status-revoked' };

export type MemberApplied = {
  type: 'MemberApplied';
  data: {
    memberId: string;
    callSign: string;
    rolesSought: MemberRole[];
    preferredCentreId: string | null;
    identity: ProtectedIdentityRef;
    appliedOn: IsoDate;
  };
};
export type MemberVetted = {
  type: 'MemberVetted';
  data: { outcome: 'cleared' | 'rejected'; vettedBy: string; vettedOn: IsoDate; notes: PersonalText };
};
export type MemberOnboarded = {
  type: 'MemberOnboarded';
  data: { centreId: string; roles: MemberRole[]; startsOn: IsoDate; origin: MemberOrigin };
};
export type MemberTransferred = {
  type: 'MemberTransferred';
  data: { fromCentreId: string; toCentreId: string; effectiveOn: IsoDate; reason: PersonalText };
};
export type MemberRolesChanged = {
  type: 'MemberRolesChanged';
  data: { previousRoles: MemberRole[]; roles: MemberRole[]; effectiveOn: IsoDate; reason: PersonalText };
};
export type MemberSuspended = { type: 'MemberSuspended'; data: { since: IsoDate; reason: PersonalText } };
export type MemberReinstated = { type: 'MemberReinstated'; data: { reinstatedOn: IsoDate; notes: PersonalText } };
export type MemberWentOnLeave = {
  type: 'MemberWentOnLeave';
  data: { from: IsoDate; until: IsoDate; reason: PersonalText };
};
export type MemberReturnedFromLeave = { type: 'MemberReturnedFromLeave'; data: { returnedOn: IsoDate } };
export type MemberInjured = {
  type: 'MemberInjured';
  data: { injuredOn: IsoDate; inLineOfDuty: boolean; incidentRef: string | null; description: PersonalText };
};
export type MemberKilledInLineOfDuty = {
  type: 'MemberKilledInLineOfDuty';
  data: { diedOn: IsoDate; incidentRef: string; centreId: string; roles: MemberRole[]; circumstances: PersonalText };
};
export type MemberDeparted = {
  type: 'MemberDeparted';
  data: { departedOn: IsoDate; reason: DepartureReason; notes: PersonalText };
};
export type MemberProbationConfirmed = {
  type: 'MemberProbationConfirmed';
  data: { confirmedOn: IsoDate; notes: PersonalText };
};
export type MemberProbationExtended = {
  type: 'MemberProbationExtended';
  data: { previousEndsOn: IsoDate; newEndsOn: IsoDate; reason: PersonalText };
};
export type MemberProbationEnded = { type: 'MemberProbationEnded'; data: { endedOn: IsoDate; reason: PersonalText } };
export type MemberIdentityUpdated = {
  type: 'MemberIdentityUpdated';
  /** `reason`: absent from events recorded before it was sealed here (it was in the metadata, in clear). */
  data: { identity: ProtectedIdentityRef; reason?: PersonalText };
};
export type MemberIdentityErased = {
  type: 'MemberIdentityErased';
  data: { keyId: string; erasedOn: IsoDate; reason: string };
};
export type MemberRecordCorrected = {
  type: 'MemberRecordCorrected';
  data: { correction: RecordCorrection; reason: PersonalText; correctedBy: string };
};

export type MemberEvent =
  | MemberApplied
  | MemberVetted
  | MemberOnboarded
  | MemberTransferred
  | MemberRolesChanged
  | MemberSuspended
  | MemberReinstated
  | MemberWentOnLeave
  | MemberReturnedFromLeave
  | MemberInjured
  | MemberKilledInLineOfDuty
  | MemberDeparted
  | MemberProbationConfirmed
  | MemberProbationExtended
  | MemberProbationEnded
  | MemberIdentityUpdated
  | MemberIdentityErased
  | MemberRecordCorrected;
