import { PersonalText, ProtectedIdentityRef } from '../../identity/domain/sealed-payload';
import { IsoDate } from '@muster/event-sourcing';
import { MemberRole } from '../../member/domain/member.events';

/** Service in another organisation. Dates may be as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PriorService {
  readonly organisation: string;
  readonly rankOrRole: string;
  readonly from: string;
  /** null: until the intake. */
  readonly to: string | null;
}

/** A person to be made a member, with all that takes: nobody has to re-read the intake. */
export interface ClearedIntakePerson {
  readonly personId: string;
  /** `intakeMemberId(intakeId, personId)`: the same on every retry, so a person never becomes two members. */
  readonly memberId: string;
  readonly callSign: string;
  readonly identity: ProtectedIdentityRef;
  readonly roles: MemberRole[];
  readonly vettedBy: string;
  readonly vettedOn: IsoDate;
  /** Sealed with the person's key, the one they keep as a member. */
  readonly vettingNotes: PersonalText;
  /** What training recognises (or assesses) as prior learning. */
  readonly priorService: PriorService[];
}

export type CrewIntakeOpened = {
  type: 'CrewIntakeOpened';
  data: {
    intakeId: string;
    sourceOrganisation: string;
    unitName: string;
    receivingCentreId: string;
    openedOn: IsoDate;
  };
};
export type IntakePersonAdded = {
  type: 'IntakePersonAdded';
  data: { personId: string; callSign: string; identity: ProtectedIdentityRef; priorService: PriorService[] };
};
export type IntakePersonVetted = {
  type: 'IntakePersonVetted';
  data: { personId: string; outcome: 'cleared' | 'rejected'; vettedBy: string; vettedOn: IsoDate; notes: PersonalText };
};
export type IntakePersonRolesMapped = {
  type: 'IntakePersonRolesMapped';
  data: {
    personId: string;
    /** What the default table made of each prior rank, kept even when overridden. */
    mapping: { organisation: string; rankOrRole: string; roles: MemberRole[] }[];
    roles: MemberRole[];
    source: 'default-table' | 'override';
    overrideReason: PersonalText | null;
  };
};
export type CrewIntakeCompleted = {
  type: 'CrewIntakeCompleted';
  data: {
    intakeId: string;
    openedOn: IsoDate;
    completedOn: IsoDate;
    receivingCentreId: string;
    probationEndsOn: IsoDate;
    /** Each to be onboarded as a member with origin 'integrated-crew'. */
    cleared: ClearedIntakePerson[];
    rejectedPersonIds: string[];
  };
};
export type CrewIntakeCancelled = { type: 'CrewIntakeCancelled'; data: { cancelledOn: IsoDate; reason: string } };

export type CrewIntakeEvent =
  | CrewIntakeOpened
  | IntakePersonAdded
  | IntakePersonVetted
  | IntakePersonRolesMapped
  | CrewIntakeCompleted
  | CrewIntakeCancelled;
