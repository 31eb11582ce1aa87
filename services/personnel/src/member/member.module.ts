import { Module } from '@nestjs/common';
import { IdentityVault } from '../vault/identity-vault';
import {
  ApplyForMembershipController,
  ApplyForMembershipHandler,
} from './commands/apply-for-membership/apply-for-membership';
import {
  ChangeMemberRolesController,
  ChangeMemberRolesHandler,
} from './commands/change-member-roles/change-member-roles';
import { CorrectRecordController, CorrectRecordHandler } from './commands/correct-record/correct-record';
import { EraseIdentityController, EraseIdentityHandler } from './commands/erase-identity/erase-identity';
import { OnboardMemberController, OnboardMemberHandler } from './commands/onboard-member/onboard-member';
import {
  RecordDeathInLineOfDutyController,
  RecordDeathInLineOfDutyHandler,
} from './commands/record-death-in-line-of-duty/record-death-in-line-of-duty';
import { RecordDepartureController, RecordDepartureHandler } from './commands/record-departure/record-departure';
import { RecordInjuryController, RecordInjuryHandler } from './commands/record-injury/record-injury';
import { ReinstateMemberController, ReinstateMemberHandler } from './commands/reinstate-member/reinstate-member';
import { ReturnFromLeaveController, ReturnFromLeaveHandler } from './commands/return-from-leave/return-from-leave';
import { ReviewProbationController, ReviewProbationHandler } from './commands/review-probation/review-probation';
import { StartLeaveController, StartLeaveHandler } from './commands/start-leave/start-leave';
import { SuspendMemberController, SuspendMemberHandler } from './commands/suspend-member/suspend-member';
import { TransferMemberController, TransferMemberHandler } from './commands/transfer-member/transfer-member';
import { UpdateIdentityController, UpdateIdentityHandler } from './commands/update-identity/update-identity';
import { VetApplicantController, VetApplicantHandler } from './commands/vet-applicant/vet-applicant';
import { IdentityAccess, IdentityAccessController } from './identity/identity-access';
import { MemberRecords } from './member-records';
import { MemberProfileController, MemberProfiles } from './projections/member-profile/member-profile.queries';
import { NameSearch, NameSearchController } from './projections/name-search/name-search.queries';
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
    ApplyForMembershipController,
    VetApplicantController,
    OnboardMemberController,
    TransferMemberController,
    ChangeMemberRolesController,
    SuspendMemberController,
    ReinstateMemberController,
    StartLeaveController,
    ReturnFromLeaveController,
    RecordInjuryController,
    RecordDeathInLineOfDutyController,
    RecordDepartureController,
    CorrectRecordController,
    UpdateIdentityController,
    ReviewProbationController,
    EraseIdentityController,
  ],
  providers: [
    IdentityVault,
    MemberRecords,
    MemberProfiles,
    MemberTimelines,
    IdentityAccess,
    NameSearch,
    RosterExports,
    ApplyForMembershipHandler,
    VetApplicantHandler,
    OnboardMemberHandler,
    TransferMemberHandler,
    ChangeMemberRolesHandler,
    SuspendMemberHandler,
    ReinstateMemberHandler,
    StartLeaveHandler,
    ReturnFromLeaveHandler,
    RecordInjuryHandler,
    RecordDeathInLineOfDutyHandler,
    RecordDepartureHandler,
    CorrectRecordHandler,
    UpdateIdentityHandler,
    ReviewProbationHandler,
    EraseIdentityHandler,
  ],
  exports: [IdentityVault, MemberRecords, MemberTimelines, MemberProfiles],
})
export class MemberModule {}
