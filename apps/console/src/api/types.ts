import type { components as centres } from './openapi/centres';
import type { components as equipment } from './openapi/equipment';
import type { components } from './openapi/personnel';
import type { components as training } from './openapi/training';

// What the console sends: the services' request bodies, from their OpenAPI documents (generated in ./openapi, checked
// for drift by the console's e2e spec), so a changed DTO breaks the console's build.
/** A command's answer: the record and its version after it (sent back as If-Match next time). */
export type CommandResult = components['schemas']['CommandResult'];
export type StartLeave = components['schemas']['StartLeaveDto'];
export type NameSearchQuery = components['schemas']['NameSearchQuery'];
export type TransferMember = components['schemas']['TransferMemberDto'];
export type SuspendMember = components['schemas']['SuspendMemberDto'];
export type ReinstateMember = components['schemas']['ReinstateMemberDto'];
export type RecordInjury = components['schemas']['RecordInjuryDto'];
export type RecordDeath = components['schemas']['RecordDeathInLineOfDutyDto'];
export type RecordDeparture = components['schemas']['RecordDepartureDto'];
export type ReturnFromLeave = components['schemas']['ReturnFromLeaveDto'];
export type ChangeMemberRoles = components['schemas']['ChangeMemberRolesDto'];
export type ReviewProbation = components['schemas']['ReviewProbationDto'];
export type ApplyForMembership = components['schemas']['ApplyForMembershipDto'];
export type CancelCrewIntake = components['schemas']['CancelCrewIntakeDto'];
/** A correction sends only the fields of its kind (the document marks them all required: `ValidateIf`). */
export type CorrectRecord = Pick<components['schemas']['CorrectRecordDto'], 'kind' | 'reason'> &
  Partial<Omit<components['schemas']['CorrectRecordDto'], 'kind' | 'reason'>>;
export type EraseIdentity = components['schemas']['EraseIdentityDto'];
export type RefuseIdentityExport = components['schemas']['RefuseIdentityExportDto'];
/** An identity export asked for, as the approvers' queue lists it. */
export type IdentityExport = components['schemas']['IdentityExportView'];
export type IdentityExportsPage = components['schemas']['IdentityExportsPage'];
export type Vetting = components['schemas']['VettingDto'];
export type OnboardMember = components['schemas']['OnboardMemberDto'];
export type ArriveVehicle = equipment['schemas']['ArriveVehicleDto'];
export type ReportHazard = centres['schemas']['ReportHazardDto'];
export type CordonHazard = centres['schemas']['CordonHazardDto'];
export type ClearHazard = centres['schemas']['ClearHazardDto'];
export type OpenCrewIntake = components['schemas']['OpenCrewIntakeDto'];
export type AddIntakePerson = components['schemas']['AddIntakePersonDto'];
export type MapPriorRanks = components['schemas']['MapPriorRanksDto'];
export type CompleteCrewIntake = components['schemas']['CompleteCrewIntakeDto'];
export type DispatchVehicle = equipment['schemas']['DispatchVehicleDto'];
export type ReviewFuelFlag = equipment['schemas']['ReviewFuelFlagDto'];
export type RecordFuelDelivery = equipment['schemas']['RecordFuelDeliveryDto'];
export type IssueFuel = equipment['schemas']['IssueFuelDto'];
export type RecordStocktake = equipment['schemas']['RecordStocktakeDto'];
export type RecordDamage = equipment['schemas']['RecordDamageDto'];
export type OpenRepairOrder = equipment['schemas']['OpenRepairOrderDto'];
export type CloseRepairOrder = equipment['schemas']['CloseRepairOrderDto'];
export type DeclareUnserviceable = equipment['schemas']['DeclareUnserviceableDto'];
export type ReturnToService = equipment['schemas']['ReturnToServiceDto'];
export type WriteOffVehicle = equipment['schemas']['WriteOffVehicleDto'];
export type IssueItem = equipment['schemas']['IssueItemDto'];
export type ReturnItem = equipment['schemas']['ReturnItemDto'];
export type ItemHolder = equipment['schemas']['HolderDto'];
export type DivertVehicle = equipment['schemas']['DivertVehicleDto'];
export type ReturnVehicleToOrigin = equipment['schemas']['ReturnVehicleToOriginDto'];
export type RecordCheck = equipment['schemas']['RecordCheckDto'];
export type RecordService = equipment['schemas']['RecordServiceDto'];
export type CorrectOdometer = equipment['schemas']['CorrectOdometerDto'];
/** The checklist a daily or weekly check of a vehicle type covers (`GET equipment /vehicles/checklists/<type>`). */
export type Checklist = equipment['schemas']['Checklist'];
export type RecordRepairWork = equipment['schemas']['RecordRepairWorkDto'];
export type RegisterItem = equipment['schemas']['RegisterItemDto'];
export type RecordItemDamage = equipment['schemas']['RecordItemDamageDto'];
export type WriteOffItem = equipment['schemas']['WriteOffItemDto'];
export type ItemWriteOffReason = WriteOffItem['reason'];
export type DamageCause = RecordDamage['cause'];
export type DamageSeverity = RecordDamage['severity'];
export type WriteOffReason = WriteOffVehicle['reason'];
export type EnrolMember = training['schemas']['EnrolMemberDto'];
export type RecordResult = training['schemas']['RecordResultDto'];
export type PlanBaseTransfer = centres['schemas']['PlanBaseTransferDto'];
export type StartBaseTransfer = centres['schemas']['StartBaseTransferDto'];
export type CancelBaseTransfer = centres['schemas']['CancelBaseTransferDto'];
export type ConfirmBaseTransfer = centres['schemas']['ConfirmBaseTransferDto'];
/** A base transfer with its progress, as centres' list and single read answer it. */
export type BaseTransfer = centres['schemas']['BaseTransferProgress'];
export type ScheduleSession = training['schemas']['ScheduleSessionDto'];
export type RecordAttendance = training['schemas']['RecordAttendanceDto'];
export type RenewCertification = training['schemas']['RenewCertificationDto'];
export type SuspendCertification = training['schemas']['SuspendCertificationDto'];
export type ReinstateCertification = training['schemas']['ReinstateCertificationDto'];
export type RevokeCertification = training['schemas']['RevokeCertificationDto'];
export type RecordRecognitionEvidence = training['schemas']['RecordRecognitionEvidenceDto'];
export type GrantRecognition = training['schemas']['GrantRecognitionDto'];
export type RequireAssessment = training['schemas']['RequireAssessmentDto'];
export type CloseRecognitionCase = training['schemas']['CloseRecognitionCaseDto'];
export type AddCourse = training['schemas']['AddCourseDto'];
export type ReviseCourse = training['schemas']['ReviseCourseDto'];
export type RetireCourse = training['schemas']['RetireCourseDto'];
export type SetRoleRequirements = training['schemas']['SetRoleRequirementsDto'];
/** What each role requires, and since when (`GET training /role-requirements`). */
export type RoleRequirements = training['schemas']['RoleRequirementsView'];

// What the services answer, from their OpenAPI documents too: each read declares its answer's schema (a check in
// every service's basics), so a changed answer fails the console's typecheck once the documents are generated again.
/**
 * Every value of one of the services' enums, each once, in the order the screen shows them: a list missing a value (one
 * a service added, so in its generated type) does not compile — the error names it — so no filter or form leaves it
 * out unseen. `everyOne<VehicleStatus>()(['serviceable', …])`.
 */
export const everyOne =
  <T extends string>() =>
  <const L extends readonly T[]>(
    values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { readonly missing: Exclude<T, L[number]> }),
  ): readonly T[] =>
    values;

type Personnel = components['schemas'];
type Centres = centres['schemas'];
type Equipment = equipment['schemas'];
type Training = training['schemas'];

/** A page of a list, as every list answers (`PageOf` in @muster/platform). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export type MemberProfile = Personnel['MemberProfile'];
export type MemberStatus = MemberProfile['status'];
export type MemberRole = MemberProfile['roles'][number];
export type PersonName = Personnel['PersonNameView'];
export type NameParts = NonNullable<PersonName['arabic']>;
export type NameSearchPage = Personnel['NameSearchPage'];
export type NameSearchHit = NameSearchPage['items'][number];
export type TimelineEntry = Personnel['TimelineEntry'];
export type MemberTimeline = Personnel['MemberTimeline'];
export type IdentityRead = Personnel['IdentityReadResult'];
export type IntakePerson = Personnel['IntakePersonStory'];
/** `GET personnel /crew-intakes/<id>`: the intake as one story (never an identity). */
export type CrewIntakeStory = Personnel['CrewIntakeStory'];
export type IntakeStatus = CrewIntakeStory['status'];

export type CentreSummary = Centres['CentreSummary'];
export type CentreReadiness = Centres['CentreReadiness'];
export type ReadinessLevel = CentreReadiness['level'];
export type OrganisationReadiness = Centres['OrganisationReadiness'];
export type Hazard = Centres['HazardView'];
export type HazardKind = ReportHazard['kind'];
export type HazardSeverity = ReportHazard['severity'];
export type CentreProfile = Centres['CentreProfile'];

// The audit API is the platform's, the same in every service.
export type RecordedEvent = Personnel['AuditEvent'];
export type StreamPage = Personnel['AuditStreamPage'];
export type CorrelationStory = Personnel['AuditCorrelation'];
export type StreamVerification = Personnel['AuditStreamVerification'];
export type TamperKind = StreamVerification['problems'][number]['kind'];

export type VehicleSummary = Equipment['VehicleSummary'];
export type VehicleStatus = VehicleSummary['status'];
export type VehicleType = VehicleSummary['vehicleType'];
export type VehicleProfile = Equipment['VehicleProfile'];
export type VehicleMove = Equipment['MoveEntry'];
/** Work recorded on a repair order: what was done, the parts, what it cost and who paid. */
export type RepairWorkEntry = Equipment['RepairWork'];
export type StatusReasonCode = Equipment['VehicleStatusReason']['code'];
export type ItemType = equipment['schemas']['RegisterItemDto']['type'];
export type ItemEntry = Equipment['ItemEntry'];
export type FuelLedger = Equipment['FuelLedgerView'];
export type FlaggedIssue = Equipment['FlaggedIssue'];
export type FuelFlag = FlaggedIssue['flags'][number];
export type FuelReviewStatus = FlaggedIssue['status'];
/** A vehicle's or a generator's fuel issues, flagged or not (`GET equipment /fuel-ledgers/issues?assetId=`). */
export type FuelIssuePage = Equipment['FuelIssuePage'];
export type DonorEntry = Equipment['DonorEntry'];
export type TracedAsset = Equipment['TracedAsset'];
export type DonorTraceability = Equipment['DonorTraceability'];
export type Recovery = Equipment['RecoveryView'];

export type TrainingSession = Training['SessionView'];
export type Enrolment = Training['Enrolment'];
export type MemberCompliance = Training['MemberCompliance'];
export type Shortfall = MemberCompliance['lacking'][number]['reason'];
export type ExpiringCertification = Training['ExpiringCertification'];
export type Certification = Training['CertificationView'];
export type CertificationStatus = Certification['status'];
export type Course = Training['CourseView'];
export type RecognitionCase = Training['RecognitionCaseView'];
