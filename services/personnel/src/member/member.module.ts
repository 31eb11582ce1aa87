import { Module } from '@nestjs/common';
import { IdentityVault } from '../vault/identity-vault';
import {
  ApplyForMembershipController,
  ApplyForMembershipHandler,
} from './commands/apply-for-membership/apply-for-membership';
import { ChangeMemberRolesRoute } from './commands/change-member-roles/change-member-roles';
import { CorrectRecordRoute } from './commands/correct-record/correct-record';
import { EraseIdentityRoute } from './commands/erase-identity/erase-identity';
import { OnboardMemberRoute } from './commands/onboard-member/onboard-member';
import { RecordDeathInLineOfDutyRoute } from './commands/record-death-in-line-of-duty/record-death-in-line-of-duty';
import { RecordDepartureRoute } from './commands/record-departure/record-departure';
import { RecordInjuryRoute } from './commands/record-injury/record-injury';
import { ReinstateMemberRoute } from './commands/reinstate-member/reinstate-member';
import { ReturnFromLeaveRoute } from './commands/return-from-leave/return-from-leave';
import { ReviewProbationController, ReviewProbationHandler } from './commands/review-probation/review-probation';
import { StartLeaveRoute } from './commands/start-leave/start-leave';
import { SuspendMemberRoute } from './commands/suspend-member/suspend-member';
import { TransferMemberRoute } from './commands/transfer-member/transfer-member';
import { UpdateIdentityController, UpdateIdentityHandler } from './commands/update-identity/update-identity';
import { VetApplicantRoute } from './commands/vet-applicant/vet-applicant';
import { IdentityAccess, IdentityAccessController } from './identity/identity-access';
import { memberAggregate } from './member.aggregate';
import { MemberProfileController, MemberProfiles } from './projections/member-profile/member-profile.queries';
import { NameSearch, NameSearchController } from './projections/name-search/name-search.queries';
import { NameSearchIndexRebuild } from './projections/name-search/name-search.projection';
import { RosterExportController, RosterExports } from './projections/roster-export/roster-export';
import { MemberTimelineController, MemberTimelines } from './projections/timeline/member-timeline';

@Module({
  // Fixed paths (/members/search, /members/export) are registered before /members/:memberId.
  controllers: [
    NameSearchController,
    RosterExportController,
    MemberProfileController,
    MemberTimelineController,
    IdentityAccessController,
    // Use cases: one line each.
    ApplyForMembershipController,
    VetApplicantRoute,
    OnboardMemberRoute,
    TransferMemberRoute,
    ChangeMemberRolesRoute,
    SuspendMemberRoute,
    ReinstateMemberRoute,
    StartLeaveRoute,
    ReturnFromLeaveRoute,
    RecordInjuryRoute,
    RecordDeathInLineOfDutyRoute,
    RecordDepartureRoute,
    CorrectRecordRoute,
    UpdateIdentityController,
    ReviewProbationController,
    EraseIdentityRoute,
  ],
  providers: [
    memberAggregate.handler,
    ApplyForMembershipHandler,
    UpdateIdentityHandler,
    ReviewProbationHandler,
    IdentityVault,
    MemberProfiles,
    MemberTimelines,
    IdentityAccess,
    NameSearch,
    NameSearchIndexRebuild,
    RosterExports,
  ],
  exports: [IdentityVault, MemberTimelines, MemberProfiles, RosterExports],
})
export class MemberModule {}
