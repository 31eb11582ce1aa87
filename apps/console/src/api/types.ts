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
export type RecordFuelDelivery = Omit<equipment['schemas']['RecordFuelDeliveryDto'], 'donorId'> & {
  donorId?: string | null;
};
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
// A nullable UUID comes out of the generator as `Record<string, never>` (docs/console.md): those fields are typed here.
/** A donor of the register, or null: the organisation's own funds. */
type DonorRef = { donorId?: string | null };
export type RecordRepairWork = Omit<equipment['schemas']['RecordRepairWorkDto'], 'fundingSource'> & {
  fundingSource: Omit<equipment['schemas']['FundingSourceDto'], 'donorId'> & DonorRef;
};
export type RegisterItem = Omit<equipment['schemas']['RegisterItemDto'], 'donorId' | 'tankCapacityLitres'> &
  DonorRef & { tankCapacityLitres?: number | null };
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
// A course's nullable whole number of months is generated as `Record<string, never> | null`: typed here.
export type AddCourse = Omit<training['schemas']['AddCourseDto'], 'validityMonths'> & {
  validityMonths: number | null;
};
export type ReviseCourse = Omit<training['schemas']['ReviseCourseDto'], 'validityMonths'> & {
  validityMonths: number | null;
};
export type RetireCourse = training['schemas']['RetireCourseDto'];
export type SetRoleRequirements = training['schemas']['SetRoleRequirementsDto'];
/** What each role requires, and since when (`GET training /role-requirements`). */
export type RoleRequirements = training['schemas']['RoleRequirementsView'];

// What the services answer, as their read models declare them (services/*/src/**/projections, libs/platform's audit
// API), by hand: written before the OpenAPI documents described the answers; they do now (./openapi), and these are
// to be replaced by the generated ones — docs/console.md.

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export type MemberStatus =
  'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
export type MemberRole =
  | 'rescuer'
  | 'firefighter'
  | 'paramedic'
  | 'driver'
  | 'mechanic'
  | 'radio-operator'
  | 'media-documenter'
  | 'ordnance-awareness'
  | 'team-leader'
  | 'centre-commander';

export interface MemberProfile {
  readonly memberId: string;
  readonly version: number;
  readonly callSign: string;
  readonly status: MemberStatus;
  readonly centreId: string | null;
  readonly roles: readonly MemberRole[];
  readonly appliedOn: string | null;
  readonly startedOn: string | null;
  readonly death: { readonly diedOn: string; readonly incidentRef: string } | null;
}

export interface NameParts {
  readonly own: string;
  readonly father: string | null;
  readonly grandfather: string | null;
  readonly family: string | null;
}

export interface PersonName {
  readonly arabic: NameParts | null;
  readonly latin: NameParts | null;
}

export interface NameSearchHit {
  readonly memberId: string;
  readonly callSign: string;
  readonly status: MemberStatus;
  readonly centreId: string | null;
  readonly name: PersonName;
  readonly score: number;
}

export interface NameSearchPage extends Page<NameSearchHit> {
  readonly advice: { readonly code: string; readonly message: string } | null;
}

export interface TimelineEntry {
  readonly version: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly actorId: string;
  readonly reason: string | null;
  readonly text: string | null;
}

export interface MemberTimeline {
  readonly memberId: string;
  readonly version: number;
  readonly entries: readonly TimelineEntry[];
}

export interface IdentityRead {
  readonly memberId: string;
  readonly callSign: string;
  readonly erased: boolean;
  readonly name: PersonName | null;
  readonly identity: {
    readonly nationalId: string | null;
    readonly phone: string | null;
    readonly homeArea: string | null;
    readonly bloodType: string | null;
  } | null;
}

export interface CentreSummary {
  readonly centreId: string;
  readonly code: string;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly governorate: string;
  readonly status: string;
}

export type ReadinessLevel = 'ready' | 'limited' | 'not-ready';

export interface CentreReadiness {
  readonly centreId: string;
  readonly code: string | null;
  readonly asOf: string;
  readonly level: ReadinessLevel;
  readonly complete: boolean;
  readonly reasons: readonly { readonly code: string; readonly effect: ReadinessLevel; readonly message: string }[];
  readonly members: { readonly assigned: number; readonly onDuty: number };
  readonly vehicles:
    { readonly known: false } | { readonly known: true; readonly held: number; readonly serviceable: number };
  readonly hazards: { readonly open: number; readonly severe: number };
}

export interface OrganisationReadiness {
  readonly asOf: string;
  readonly summary: { readonly ready: number; readonly limited: number; readonly notReady: number };
  readonly centres: readonly CentreReadiness[];
}

export type VehicleStatus = 'serviceable' | 'unserviceable' | 'in-transit' | 'written-off';
export type VehicleType = 'ambulance' | 'fire-engine' | 'rescue-vehicle' | 'water-tanker' | 'pickup' | 'bus' | 'other';

export interface VehicleSummary {
  readonly vehicleId: string;
  readonly version: number;
  readonly plate: string;
  readonly vehicleType: VehicleType;
  readonly make: string;
  readonly model: string;
  readonly centreId: string;
  readonly status: VehicleStatus;
  /** Where it is going, while in transit. */
  readonly destinationCentreId: string | null;
  readonly odometerKm: number | null;
}

export type ItemType = equipment['schemas']['RegisterItemDto']['type'];

/** An equipment item of the register: serial-numbered (quantity 1) or counted, with who holds how many. */
export interface ItemEntry {
  readonly itemId: string;
  readonly version: number;
  readonly itemType: ItemType;
  readonly description: string;
  readonly serialNumber: string | null;
  readonly unit: string | null;
  readonly centreId: string;
  readonly quantity: number;
  readonly inStock: number;
  readonly damaged: boolean;
  /** The write-off's reason, once written off. */
  readonly writtenOff: string | null;
  /** Who holds how many of it, out of the store. */
  readonly holdings: readonly (ItemHolder & { readonly quantity: number })[];
}

export type HazardKind = ReportHazard['kind'];
export type HazardSeverity = ReportHazard['severity'];

export interface Hazard {
  readonly hazardId: string;
  readonly kind: HazardKind;
  readonly location: string;
  readonly severity: HazardSeverity;
  readonly reportedOn: string;
  readonly cordon: { readonly cordonedOn: string } | null;
}

/** The part of a centre's profile the console shows. */
export interface CentreProfile {
  readonly centreId: string;
  readonly version: number;
  readonly openHazards: readonly Hazard[];
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly hash: string;
  readonly metadata: {
    readonly actorId: string;
    readonly correlationId: string;
    /** The event that caused this one (a reaction's trigger); absent for what a request did directly. */
    readonly causationId?: string;
  };
}

export interface StreamPage {
  readonly streamId: string;
  readonly events: readonly RecordedEvent[];
  /** The fromVersion of the next page, or null at the end of the stream. */
  readonly nextFromVersion: number | null;
}

export interface CorrelationStory {
  readonly correlationId: string;
  readonly events: readonly RecordedEvent[];
}

export type TamperKind = 'edited' | 'deleted' | 'inserted' | 'reordered' | 'hash-mismatch';

export interface StreamVerification {
  readonly streamId: string;
  readonly ok: boolean;
  readonly eventsChecked: number;
  readonly problems: readonly { readonly streamVersion: number; readonly kind: TamperKind; readonly message: string }[];
}

export type IntakeStatus = 'open' | 'completed' | 'cancelled';

/** A person of a crew intake as its story tells them: never their identity. */
export interface IntakePerson {
  readonly personId: string;
  readonly callSign: string;
  readonly priorService: readonly {
    readonly organisation: string;
    readonly rankOrRole: string;
    readonly from: string;
    readonly to: string | null;
  }[];
  readonly vetting: { readonly outcome: 'cleared' | 'rejected'; readonly vettedOn: string } | null;
  readonly mapping: { readonly roles: readonly MemberRole[]; readonly source: string } | null;
  readonly memberId: string | null;
}

/** `GET personnel /crew-intakes/<id>`: the intake as one story. */
export interface CrewIntakeStory {
  readonly intakeId: string;
  readonly version: number;
  readonly status: IntakeStatus;
  readonly opened: {
    readonly sourceOrganisation: string;
    readonly unitName: string;
    readonly receivingCentreId: string;
    readonly openedOn: string;
  } | null;
  readonly people: readonly IntakePerson[];
}

export type StatusReasonCode =
  | 'DAMAGED'
  | 'FAILED_CHECK'
  | 'DECLARED_UNSERVICEABLE'
  | 'REPAIRED'
  | 'RETURNED_TO_SERVICE'
  | 'ARRIVED'
  | 'DISPATCHED'
  | 'DESTROYED'
  | 'STOLEN'
  | 'LOST'
  | 'DONATED_ONWARD';

/** One move of a vehicle (equipment's vehicle-history.ts): from its dispatch, when recorded, to its end. */
export interface VehicleMove {
  readonly moveId: string;
  readonly fromCentreId: string;
  readonly toCentreId: string;
  readonly transferId: string | null;
  readonly dispatchedAt: string | null;
  readonly driverId: string | null;
  readonly odometerOutKm: number | null;
  /** Diversions and turns back on the way, in order. */
  readonly changes: readonly {
    readonly kind: 'diverted' | 'turned-back';
    readonly toCentreId: string;
    readonly reason: string;
  }[];
  readonly outcome: 'in-transit' | 'arrived' | 'written-off';
  readonly arrivedAt: string | null;
  readonly distanceKm: number | null;
  readonly tripFlags: readonly { readonly rule: string }[];
}

/** A vehicle's profile: its summary and its history, by kind (`GET equipment /vehicles/<id>`). */
export interface VehicleProfile extends VehicleSummary {
  readonly version: number;
  readonly vin: string | null;
  readonly year: number | null;
  readonly donorId: string | null;
  readonly statusReason: { readonly code: StatusReasonCode; readonly note: string | null } | null;
  readonly destinationCentreId: string | null;
  readonly odometerKm: number | null;
  readonly nextService: { readonly on: string; readonly km: number } | null;
  readonly moves: readonly VehicleMove[];
  readonly damage: readonly {
    readonly damageId: string;
    readonly cause: DamageCause;
    readonly occurredOn: string;
    readonly incidentRef: string | null;
    readonly severity: DamageSeverity;
    readonly description: string;
  }[];
  readonly repairOrders: readonly {
    readonly orderId: string;
    readonly description: string;
    readonly workshop: string;
    readonly openedOn: string;
    /** The work recorded on it, oldest first. */
    readonly work: readonly RepairWorkEntry[];
    readonly totals: Readonly<Record<string, number>>;
    readonly closedOn: string | null;
  }[];
  readonly checks: readonly {
    readonly checkId: string;
    readonly kind: 'daily' | 'weekly';
    readonly performedAt: string;
    readonly odometerKm: number;
    readonly items: readonly {
      readonly code: string;
      readonly critical: boolean;
      readonly passed: boolean;
      readonly note: string;
    }[];
    readonly failedCriticalItems: readonly string[];
  }[];
  readonly services: readonly {
    readonly servicedOn: string;
    readonly odometerKm: number;
    readonly workDone: string;
    readonly recordedAt: string;
  }[];
  readonly odometerCorrections: readonly {
    readonly previousKm: number | null;
    readonly correctedKm: number;
    readonly reason: string;
    readonly recordedBy: string;
    readonly recordedAt: string;
  }[];
}

/** Work recorded on a repair order: what was done, the parts, what it cost and who paid. */
export interface RepairWorkEntry {
  readonly workDone: string;
  readonly parts: readonly { readonly description: string; readonly quantity: number; readonly unitCost: number }[];
  readonly labourCost: number;
  readonly totalCost: number;
  readonly currency: string;
  readonly fundingSource: { readonly donorId: string | null; readonly description: string };
  readonly recordedOn: string;
}

export interface FuelLedger {
  readonly centreId: string;
  readonly version: number;
  readonly balanceLitres: number;
  readonly deliveredLitres: number;
  readonly issuedLitres: number;
  readonly openFlags: number;
}

export type FuelReviewStatus = 'open' | 'cleared' | 'confirmed';

/** What a flag's rule measured (equipment's fuel-ledger.events.ts `FuelFlag`), so a reviewer can ask the driver. */
export type FuelFlag =
  | { readonly rule: 'ABOVE_TANK_CAPACITY'; readonly litres: number; readonly tankCapacityLitres: number }
  | { readonly rule: 'ODOMETER_NOT_MOVED'; readonly odometerKm: number; readonly lastFillOdometerKm: number }
  | { readonly rule: 'ENGINE_HOURS_NOT_MOVED'; readonly engineHours: number; readonly lastFillEngineHours: number }
  | {
      readonly rule: 'CONSUMPTION_OUTLIER_FOR_VEHICLE' | 'CONSUMPTION_OUTLIER_FOR_TYPE';
      readonly litresPer100Km: number;
      readonly lowLitresPer100Km: number;
      readonly highLitresPer100Km: number;
    };

/** A fuel issue the ledger flagged, with its rules' figures and its review (`GET equipment /fuel-ledgers/flags`). */
export interface FlaggedIssue {
  readonly issueId: string;
  readonly centreId: string;
  readonly target: { readonly kind: 'vehicle' | 'item'; readonly id: string; readonly reading: number };
  readonly litres: number;
  readonly issuedAt: string;
  readonly flags: readonly FuelFlag[];
  readonly status: FuelReviewStatus;
  readonly review: { readonly outcome: string; readonly note: string; readonly reviewedAt: string } | null;
}

export interface Enrolment {
  readonly memberId: string;
  readonly enrolledOn: string;
  /** Present (true) or absent (false), by day of the session recorded (the later record of a day stands). */
  readonly attendance: Readonly<Record<string, boolean>>;
  readonly result: { readonly score: number; readonly passed: boolean; readonly resultOn: string } | null;
}

/** A training session with its enrolments and results (`GET training /sessions[/<id>]`). */
export interface TrainingSession {
  readonly sessionId: string;
  readonly version: number;
  readonly courseCode: string;
  readonly competency: string;
  readonly passMark: number;
  readonly centreId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly capacity: number;
  readonly enrolments: readonly Enrolment[];
}

export type Shortfall = 'missing' | 'expired' | 'suspended' | 'revoked';

/** What a member lacks for their roles on a day (`GET training /compliance/…`). */
export interface MemberCompliance {
  readonly memberId: string;
  readonly on: string;
  readonly status: 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
  readonly centreId: string | null;
  readonly roles: readonly MemberRole[];
  readonly required: readonly string[];
  readonly lacking: readonly { readonly competency: string; readonly reason: Shortfall }[];
}

export interface ExpiringCertification {
  readonly certificationId: string;
  readonly memberId: string;
  readonly centreId: string | null;
  readonly competency: string;
  readonly expiresOn: string;
}

export type CertificationStatus = 'valid' | 'suspended' | 'expired' | 'revoked';

/** A certification of the register, with its history (`GET training /certifications[/<id>]`). */
export interface Certification {
  readonly certificationId: string;
  readonly version: number;
  readonly memberId: string;
  readonly courseId: string;
  readonly competency: string;
  readonly number: string;
  readonly issuingBody: string;
  readonly issuedOn: string;
  readonly expiresOn: string | null;
  readonly verifiedBy: string;
  readonly basis:
    | { readonly kind: 'session'; readonly sessionId: string }
    | { readonly kind: 'recognition'; readonly caseId: string; readonly priorService: string };
  readonly status: CertificationStatus;
  readonly history: readonly { readonly type: string; readonly on: string; readonly note: string | null }[];
}

export interface DonorEntry {
  readonly donorId: string;
  readonly names: { readonly ar: string; readonly en: string };
  readonly kind: 'government' | 'ngo' | 'other';
  readonly country: string;
}

/** One asset a donor funded, as it stood on the report's date (`GET equipment /donors/<id>/traceability`). */
export interface TracedAsset {
  readonly assetId: string;
  readonly kind: 'vehicle' | 'item';
  readonly label: Readonly<Record<string, string | number | null>>;
  readonly centreId: string;
  readonly status: string;
  readonly moves: number;
  readonly damage: number;
  readonly repairOrders: number;
  readonly fuelLitres: number;
}

export interface DonorTraceability {
  readonly donorId: string;
  readonly asOf: string;
  readonly donor: { readonly names: { readonly ar: string; readonly en: string } };
  readonly assets: readonly TracedAsset[];
  readonly fuel: readonly { readonly centreId: string; readonly deliveries: number; readonly litres: number }[];
}

/** What a killed or departed member held, to recover (`GET equipment /recoveries`). */
export interface Recovery {
  readonly recoveryId: string;
  readonly memberId: string;
  readonly cause: string;
  readonly centreId: string | null;
  readonly occurredOn: string;
  readonly status: 'open' | 'complete';
  readonly items: readonly {
    readonly itemId: string;
    readonly quantity: number;
    readonly outstanding: number;
    readonly returned: number;
    readonly writtenOff: number;
  }[];
}

/** A course of the catalogue, with its current terms (`GET training /courses`). */
export interface Course {
  readonly courseId: string;
  readonly version: number;
  readonly code: string;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly competency: string;
  readonly hours: number;
  readonly passMark: number;
  readonly validityMonths: number | null;
  readonly prerequisites: readonly string[];
  readonly isInduction: boolean;
  readonly revisedOn: string | null;
  readonly retired: { readonly on: string; readonly reason: string } | null;
}

/** The recognition of an integrated crew member's prior learning (`GET training /recognition-cases`). */
export interface RecognitionCase {
  readonly caseId: string;
  readonly version: number;
  readonly memberId: string;
  readonly receivingCentreId: string;
  readonly priorService: readonly {
    readonly organisation: string;
    readonly rankOrRole: string;
    readonly from: string;
    readonly to: string | null;
  }[];
  readonly openedOn: string;
  readonly evidence: readonly {
    readonly description: string;
    readonly reference: string | null;
    readonly recordedOn: string;
  }[];
  readonly grants: readonly {
    readonly competency: string;
    readonly courseCode: string;
    readonly number: string;
    readonly issuedOn: string;
    readonly expiresOn: string | null;
  }[];
  readonly assessments: readonly {
    readonly competency: string;
    readonly courseCode: string;
    readonly requirement: 'assessment' | 'refresher';
  }[];
  readonly closed: { readonly on: string; readonly notes: string } | null;
}
