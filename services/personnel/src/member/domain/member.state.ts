import { IsoDate } from '@muster/event-sourcing';
import { DepartureReason, MemberOrigin, MemberRole } from './member.events';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them. member.decider.ts re-exports all of it.

export type MemberStatus =
  'prospective' | 'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';

export interface Assignment {
  readonly centreId: string;
  readonly from: IsoDate;
  readonly until: IsoDate | null;
  /** How it began; why a transfer was made is free text about the member, kept (sealed) in its event only. */
  readonly reason: 'onboarded' | 'transferred';
}

/** The member as the decider needs it: plain JSON, no identity in clear (only the key id and whether it is erased). */
export interface MemberState {
  readonly status: MemberStatus;
  readonly memberId: string | null;
  readonly callSign: string | null;
  readonly appliedOn: IsoDate | null;
  readonly identity: { readonly keyId: string; readonly erased: boolean } | null;
  readonly vetting: {
    readonly outcome: 'cleared' | 'rejected';
    readonly vettedBy: string;
    readonly vettedOn: IsoDate;
  } | null;
  readonly origin: MemberOrigin | null;
  readonly startedOn: IsoDate | null;
  readonly roles: readonly MemberRole[];
  readonly assignments: readonly Assignment[];
  readonly probationEndsOn: IsoDate | null;
  readonly suspendedSince: IsoDate | null;
  readonly leave: { readonly from: IsoDate; readonly until: IsoDate } | null;
  readonly injuries: readonly {
    readonly injuredOn: IsoDate;
    readonly inLineOfDuty: boolean;
    readonly incidentRef: string | null;
  }[];
  readonly death: { readonly diedOn: IsoDate; readonly incidentRef: string } | null;
  readonly departure: { readonly departedOn: IsoDate; readonly reason: DepartureReason } | null;
}

export const initialMemberState: MemberState = {
  status: 'prospective',
  memberId: null,
  callSign: null,
  appliedOn: null,
  identity: null,
  vetting: null,
  origin: null,
  startedOn: null,
  roles: [],
  assignments: [],
  probationEndsOn: null,
  suspendedSince: null,
  leave: null,
  injuries: [],
  death: null,
  departure: null,
};

/** The centre the member is assigned to now, if any. */
export function currentCentreOf(state: MemberState): string | null {
  const last = state.assignments[state.assignments.length - 1];
  return last && last.until === null ? last.centreId : null;
}
