import { defineEventCatalogue } from '@muster/event-sourcing';
import { MemberEvent } from './member.events';

/** A member's stream: every event type it holds and the schema version it is written with (pinned by a test). */
export const memberCatalogue = defineEventCatalogue<MemberEvent>({
  streamType: 'member',
  schemaVersions: {
    MemberApplied: 1,
    MemberVetted: 1,
    MemberOnboarded: 1,
    MemberTransferred: 1,
    MemberRolesChanged: 1,
    MemberSuspended: 1,
    MemberReinstated: 1,
    MemberWentOnLeave: 1,
    MemberReturnedFromLeave: 1,
    MemberInjured: 1,
    MemberKilledInLineOfDuty: 1,
    MemberDeparted: 1,
    MemberProbationConfirmed: 1,
    MemberProbationExtended: 1,
    MemberProbationEnded: 1,
    MemberIdentityUpdated: 1,
    MemberIdentityErased: 1,
    MemberRecordCorrected: 1,
  },
  upcasters: [],
});
