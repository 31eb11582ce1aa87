import type {
  AddIntakePerson,
  CancelBaseTransfer,
  ConfirmBaseTransfer,
  PlanBaseTransfer,
  StartBaseTransfer,
  ArriveVehicle,
  ClearHazard,
  CloseRepairOrder,
  CompleteCrewIntake,
  CordonHazard,
  CorrectOdometer,
  DamageCause,
  DamageSeverity,
  DeclareUnserviceable,
  DispatchVehicle,
  DivertVehicle,
  HazardKind,
  HazardSeverity,
  EnrolMember,
  IssueFuel,
  IssueItem,
  ItemEntry,
  ItemHolder,
  ItemType,
  ItemWriteOffReason,
  MapPriorRanks,
  OpenCrewIntake,
  MemberRole,
  MemberStatus,
  OnboardMember,
  OpenRepairOrder,
  RecordDamage,
  RecordDeath,
  RecordDeparture,
  RecordFuelDelivery,
  RecordInjury,
  RecordItemDamage,
  RecordAttendance,
  RecordCheck,
  RecordRepairWork,
  RecordService,
  RecordResult,
  RecordStocktake,
  RegisterItem,
  ReinstateMember,
  ReturnFromLeave,
  ChangeMemberRoles,
  ReviewProbation,
  ApplyForMembership,
  CancelCrewIntake,
  CorrectRecord,
  EraseIdentity,
  RefuseIdentityExport,
  ReportHazard,
  ReturnItem,
  ReturnVehicleToOrigin,
  ReturnToService,
  ReviewFuelFlag,
  ScheduleSession,
  StartLeave,
  SuspendMember,
  TransferMember,
  VehicleProfile,
  Vetting,
  WriteOffReason,
  WriteOffItem,
  WriteOffVehicle,
} from '../api/types';
import { everyOne } from '../api/types';
import { decimal, instantOf, isUuid, localNow, wholeNumber } from '../forms';
import type { MessageId } from '../i18n/messages';

/** What a form found wrong, by field: the message to show (the form shows each distinct message once). */
export type Problems<V> = Partial<Record<keyof V & string, MessageId>>;

/**
 * A command's form, without React: its empty values, what it checks before sending (the service checks again, and
 * its refusals are shown by code), and the request body it sends. Pure, so each rule is tested on its own.
 */
export interface CommandForm<V, B> {
  /** The empty form: a date proposes `today` (the reader's), a moment `now`. */
  readonly defaults: (today: string, now: Date) => V;
  readonly validate: (values: V, today: string) => Problems<V>;
  /** The body sent `now` (a command that says when it was recorded). */
  readonly body: (values: V, now: Date) => B;
}

export const filled = (text: string): boolean => text.trim() !== '';
export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
/** An optional free-text field of a body: left out when blank. */
export const optional = <K extends string>(key: K, text: string): Partial<Record<K, string>> =>
  filled(text) ? ({ [key]: text.trim() } as Record<K, string>) : {};

/** A check of a form: the field, whether it is wrong, and what to say. */
type Check<V> = readonly [keyof V & string, boolean, MessageId];

/** Problems from [field, wrong?, message] checks, the first wrong one per field. */
export function problems<V>(checks: readonly Check<V>[]): Problems<V> {
  const found: Problems<V> = {};
  for (const [field, wrong, message] of checks) if (wrong && !found[field]) found[field] = message;
  return found;
}

export interface LeaveValues {
  readonly from: string;
  readonly until: string;
  readonly reason: string;
}

export const leaveForm: CommandForm<LeaveValues, StartLeave> = {
  defaults: () => ({ from: '', until: '', reason: '' }),
  validate: (v) =>
    problems<LeaveValues>([
      ['from', !isDay(v.from), 'leave.required'],
      ['until', !isDay(v.until), 'leave.required'],
      ['reason', !filled(v.reason), 'leave.required'],
      ['until', v.until < v.from, 'member.leave.untilBeforeFrom'],
    ]),
  body: (v) => ({ from: v.from, until: v.until, reason: v.reason.trim() }),
};

export interface TransferValues {
  readonly toCentreId: string;
  readonly effectiveOn: string;
  readonly reason: string;
}

export const transferForm: CommandForm<TransferValues, TransferMember> = {
  defaults: (today) => ({ toCentreId: '', effectiveOn: today, reason: '' }),
  validate: (v) =>
    problems<TransferValues>([
      ['toCentreId', v.toCentreId === '', 'member.transfer.required'],
      ['effectiveOn', !isDay(v.effectiveOn), 'member.transfer.required'],
      ['reason', !filled(v.reason), 'member.transfer.required'],
    ]),
  body: (v) => ({ toCentreId: v.toCentreId, effectiveOn: v.effectiveOn, reason: v.reason.trim() }),
};

export interface SuspensionValues {
  readonly since: string;
  readonly reason: string;
}

export const suspensionForm: CommandForm<SuspensionValues, SuspendMember> = {
  defaults: (today) => ({ since: today, reason: '' }),
  validate: (v) =>
    problems<SuspensionValues>([
      ['since', !isDay(v.since), 'member.suspension.required'],
      ['reason', !filled(v.reason), 'member.suspension.required'],
    ]),
  body: (v) => ({ since: v.since, reason: v.reason.trim() }),
};

export interface ReinstatementValues {
  readonly reinstatedOn: string;
  readonly notes: string;
}

export const reinstatementForm: CommandForm<ReinstatementValues, ReinstateMember> = {
  defaults: (today) => ({ reinstatedOn: today, notes: '' }),
  validate: (v) =>
    problems<ReinstatementValues>([['reinstatedOn', !isDay(v.reinstatedOn), 'member.reinstatement.required']]),
  body: (v) => ({ reinstatedOn: v.reinstatedOn, ...optional('notes', v.notes) }),
};

export interface InjuryValues {
  readonly injuredOn: string;
  readonly inLineOfDuty: boolean;
  readonly incidentRef: string;
  readonly description: string;
}

export const injuryForm: CommandForm<InjuryValues, RecordInjury> = {
  defaults: (today) => ({ injuredOn: today, inLineOfDuty: true, incidentRef: '', description: '' }),
  validate: (v, today) =>
    problems<InjuryValues>([
      ['injuredOn', !isDay(v.injuredOn), 'member.injury.required'],
      ['injuredOn', v.injuredOn > today, 'command.notInFuture'],
      // The service asks the same: an injury in the line of duty names the incident behind it.
      ['incidentRef', v.inLineOfDuty && !filled(v.incidentRef), 'member.injury.incidentRequired'],
    ]),
  body: (v) => ({
    injuredOn: v.injuredOn,
    inLineOfDuty: v.inLineOfDuty,
    incidentRef: filled(v.incidentRef) ? v.incidentRef.trim() : null,
    ...optional('description', v.description),
  }),
};

export interface DeathValues {
  readonly diedOn: string;
  readonly incidentRef: string;
  readonly circumstances: string;
}

export const deathForm: CommandForm<DeathValues, RecordDeath> = {
  defaults: (today) => ({ diedOn: today, incidentRef: '', circumstances: '' }),
  validate: (v, today) =>
    problems<DeathValues>([
      ['diedOn', !isDay(v.diedOn), 'member.lineOfDuty.required'],
      ['diedOn', v.diedOn > today, 'command.notInFuture'],
      ['incidentRef', !filled(v.incidentRef), 'member.lineOfDuty.required'],
    ]),
  body: (v) => ({ diedOn: v.diedOn, incidentRef: v.incidentRef.trim(), ...optional('circumstances', v.circumstances) }),
};

export const DEPARTURE_REASONS = ['resigned', 'retired', 'dismissed'] as const;

export interface DepartureValues {
  readonly departedOn: string;
  readonly reason: RecordDeparture['reason'] | '';
  readonly notes: string;
}

export const departureForm: CommandForm<DepartureValues, RecordDeparture> = {
  defaults: (today) => ({ departedOn: today, reason: '', notes: '' }),
  validate: (v) =>
    problems<DepartureValues>([
      ['departedOn', !isDay(v.departedOn), 'member.departure.required'],
      ['reason', v.reason === '', 'member.departure.required'],
    ]),
  // validate() refused an empty reason before body() is asked for.
  body: (v) => ({ departedOn: v.departedOn, reason: v.reason || 'resigned', ...optional('notes', v.notes) }),
};

export interface VettingValues {
  readonly outcome: Vetting['outcome'] | '';
  readonly vettedOn: string;
  readonly notes: string;
}

export const vettingForm: CommandForm<VettingValues, Vetting> = {
  defaults: (today) => ({ outcome: '', vettedOn: today, notes: '' }),
  validate: (v, today) =>
    problems<VettingValues>([
      ['outcome', v.outcome === '', 'applicants.vetting.required'],
      ['vettedOn', !isDay(v.vettedOn), 'applicants.vetting.required'],
      ['vettedOn', v.vettedOn > today, 'command.notInFuture'],
      // As the service: a rejection says why.
      ['notes', v.outcome === 'rejected' && !filled(v.notes), 'applicants.vetting.notesRequired'],
    ]),
  body: (v) => ({ outcome: v.outcome || 'cleared', vettedOn: v.vettedOn, ...optional('notes', v.notes) }),
};

export interface OnboardingValues {
  readonly centreId: string;
  readonly roles: MemberRole[];
  readonly startsOn: string;
  readonly probationEndsOn: string;
}

export const onboardingForm: CommandForm<OnboardingValues, OnboardMember> = {
  defaults: (today) => ({ centreId: '', roles: [], startsOn: today, probationEndsOn: '' }),
  validate: (v) =>
    problems<OnboardingValues>([
      ['centreId', v.centreId === '', 'applicants.onboarding.required'],
      ['roles', v.roles.length === 0, 'applicants.onboarding.required'],
      ['startsOn', !isDay(v.startsOn), 'applicants.onboarding.required'],
      [
        'probationEndsOn',
        v.probationEndsOn !== '' && v.probationEndsOn <= v.startsOn,
        'applicants.onboarding.probationAfterStart',
      ],
    ]),
  body: (v) => ({
    centreId: v.centreId,
    roles: v.roles,
    startsOn: v.startsOn,
    probationEndsOn: v.probationEndsOn || null,
  }),
};

export interface ArrivalValues {
  readonly odometerInKm: string;
  readonly arrivedOn: string;
  readonly arrivedTime: string;
}

/** Confirming a vehicle's arrival at the commander's centre: the centre is theirs, the rest is read at the gate. */
export const arrivalForm = (centreId: string): CommandForm<ArrivalValues, ArriveVehicle> => ({
  defaults: (today) => ({ odometerInKm: '', arrivedOn: today, arrivedTime: '' }),
  validate: (v, today) =>
    problems<ArrivalValues>([
      ['odometerInKm', !/^\d{1,7}$/.test(v.odometerInKm.trim()), 'commander.arrival.required'],
      ['arrivedOn', !isDay(v.arrivedOn), 'commander.arrival.required'],
      ['arrivedTime', !/^\d{2}:\d{2}$/.test(v.arrivedTime), 'commander.arrival.required'],
      ['arrivedOn', v.arrivedOn > today, 'command.notInFuture'],
    ]),
  // The time is read on the reader's clock, in their time zone: sent as the instant it names.
  body: (v) => ({
    centreId,
    odometerInKm: Number(v.odometerInKm.trim()),
    arrivedAt: new Date(`${v.arrivedOn}T${v.arrivedTime}`).toISOString(),
  }),
});

export interface HazardValues {
  readonly kind: HazardKind | '';
  readonly severity: HazardSeverity | '';
  readonly location: string;
  readonly description: string;
  readonly reportedOn: string;
}

/** A hazard found on site: what, how severe, where (the description optional), reported today unless said. */
export const hazardForm: CommandForm<HazardValues, ReportHazard> = {
  defaults: (today) => ({ kind: '', severity: '', location: '', description: '', reportedOn: today }),
  validate: (v, today) =>
    problems<HazardValues>([
      ['kind', v.kind === '', 'commander.hazard.required'],
      ['severity', v.severity === '', 'commander.hazard.required'],
      ['location', !filled(v.location), 'commander.hazard.required'],
      ['reportedOn', !isDay(v.reportedOn), 'commander.hazard.required'],
      ['reportedOn', v.reportedOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({
    kind: v.kind as HazardKind,
    severity: v.severity as HazardSeverity,
    location: v.location.trim(),
    reportedOn: v.reportedOn,
    ...optional('description', v.description),
  }),
};

export interface CordonValues {
  readonly cordonedOn: string;
  readonly note: string;
}

/** A hazard cordoned off: the day, and how (optional). */
export const cordonForm: CommandForm<CordonValues, CordonHazard> = {
  defaults: (today) => ({ cordonedOn: today, note: '' }),
  validate: (v, today) =>
    problems<CordonValues>([
      ['cordonedOn', !isDay(v.cordonedOn), 'form.required'],
      ['cordonedOn', v.cordonedOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({ cordonedOn: v.cordonedOn, ...optional('note', v.note) }),
};

export interface ClearanceValues {
  readonly clearedOn: string;
  readonly clearedBy: string;
  readonly method: string;
}

/** A hazard cleared: the day, by whom (a team, not necessarily a member) and how. */
export const clearanceForm: CommandForm<ClearanceValues, ClearHazard> = {
  defaults: (today) => ({ clearedOn: today, clearedBy: '', method: '' }),
  validate: (v, today) =>
    problems<ClearanceValues>([
      ['clearedOn', !isDay(v.clearedOn), 'commander.clearance.required'],
      ['clearedBy', !filled(v.clearedBy), 'commander.clearance.required'],
      ['method', !filled(v.method), 'commander.clearance.required'],
      ['clearedOn', v.clearedOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({ clearedOn: v.clearedOn, clearedBy: v.clearedBy.trim(), method: v.method.trim() }),
};

export interface DispatchValues {
  readonly toCentreId: string;
  readonly driverId: string;
  readonly odometerOutKm: string;
  readonly dispatchedAt: string;
  readonly expectedArrivalAt: string;
}

/** Dispatching a vehicle to another centre: its odometer, proposed as last read, cannot read less. */
export const dispatchForm = (odometerKm: number | null): CommandForm<DispatchValues, DispatchVehicle> => ({
  defaults: (_today, now) => ({
    toCentreId: '',
    driverId: '',
    odometerOutKm: odometerKm === null ? '' : `${odometerKm}`,
    dispatchedAt: localNow(now),
    expectedArrivalAt: '',
  }),
  validate: (v) =>
    problems<DispatchValues>([
      ['toCentreId', v.toCentreId === '', 'form.required'],
      ['driverId', !isUuid(v.driverId), 'form.memberId'],
      ['odometerOutKm', wholeNumber(v.odometerOutKm, odometerKm ?? 0) === null, 'form.odometer'],
      ['dispatchedAt', v.dispatchedAt === '', 'form.required'],
      // Wall times of one zone, to the minute: their text sorts as they do.
      ['expectedArrivalAt', v.expectedArrivalAt <= v.dispatchedAt, 'form.afterDispatch'],
    ]),
  body: (v) => ({
    toCentreId: v.toCentreId,
    driverId: v.driverId.trim(),
    odometerOutKm: Number(v.odometerOutKm),
    dispatchedAt: instantOf(v.dispatchedAt),
    expectedArrivalAt: instantOf(v.expectedArrivalAt),
  }),
});

export interface VehicleArrivalValues {
  readonly centreId: string;
  readonly odometerInKm: string;
  readonly arrivedAt: string;
}

/**
 * Receiving a vehicle in transit, from its page: at a centre chosen (its destination proposed), the odometer not
 * below its reading on leaving. The service judges the moment against the dispatch.
 */
export const vehicleArrivalForm = (
  destinationCentreId: string | null,
  departedKm: number,
): CommandForm<VehicleArrivalValues, ArriveVehicle> => ({
  defaults: (_today, now) => ({ centreId: destinationCentreId ?? '', odometerInKm: '', arrivedAt: localNow(now) }),
  validate: (v) =>
    problems<VehicleArrivalValues>([
      ['centreId', v.centreId === '', 'form.required'],
      ['odometerInKm', wholeNumber(v.odometerInKm, departedKm) === null, 'form.odometer'],
      ['arrivedAt', v.arrivedAt === '', 'form.required'],
    ]),
  body: (v) => ({ centreId: v.centreId, odometerInKm: Number(v.odometerInKm), arrivedAt: instantOf(v.arrivedAt) }),
});

export interface FuelReviewValues {
  readonly outcome: ReviewFuelFlag['outcome'];
  readonly note: string;
}

/** Reviewing a flagged fuel issue: cleared (explained) or confirmed (a loss to follow up), saying what was found. */
export const fuelReviewForm = (issueId: string): CommandForm<FuelReviewValues, ReviewFuelFlag> => ({
  defaults: () => ({ outcome: 'cleared', note: '' }),
  validate: (v) => problems<FuelReviewValues>([['note', !filled(v.note), 'form.required']]),
  body: (v, now) => ({ issueId, outcome: v.outcome, note: v.note.trim(), reviewedAt: now.toISOString() }),
});

export interface EnrolmentValues {
  readonly memberId: string;
  readonly enrolledOn: string;
}

export const enrolmentForm: CommandForm<EnrolmentValues, EnrolMember> = {
  defaults: (today) => ({ memberId: '', enrolledOn: today }),
  validate: (v) =>
    problems<EnrolmentValues>([
      ['memberId', v.memberId === '', 'form.required'],
      ['enrolledOn', !isDay(v.enrolledOn), 'form.required'],
    ]),
  body: (v) => ({ memberId: v.memberId, enrolledOn: v.enrolledOn }),
};

export interface ResultValues {
  readonly score: string;
  readonly resultOn: string;
}

/** An enrolled member's score, 0 to 100: the service decides the pass by the session's mark. */
export const resultForm = (memberId: string): CommandForm<ResultValues, RecordResult> => ({
  defaults: (today) => ({ score: '', resultOn: today }),
  validate: (v) =>
    problems<ResultValues>([
      ['score', wholeNumber(v.score, 0, 100) === null, 'form.score'],
      ['resultOn', !isDay(v.resultOn), 'form.required'],
    ]),
  body: (v) => ({ memberId, score: Number(v.score), resultOn: v.resultOn }),
});

export interface ScheduleSessionValues {
  readonly courseId: string;
  readonly centreId: string;
  readonly instructorIds: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly capacity: string;
}

/** Member ids written one after another (spaces, commas, lines), each once. */
const idsIn = (text: string): string[] => [...new Set(text.split(/[\s,،]+/).filter((id) => id !== ''))];

/** A session of a course at a centre: its instructors (members, by id), its days, and how many it takes (1–500). */
export const scheduleSessionForm: CommandForm<ScheduleSessionValues, ScheduleSession> = {
  defaults: (today) => ({
    courseId: '',
    centreId: '',
    instructorIds: '',
    startsOn: today,
    endsOn: today,
    capacity: '',
  }),
  validate: (v) =>
    problems<ScheduleSessionValues>([
      ['courseId', v.courseId === '', 'form.required'],
      ['centreId', v.centreId === '', 'form.required'],
      ['instructorIds', idsIn(v.instructorIds).length === 0, 'training.schedule.instructors'],
      ['instructorIds', !idsIn(v.instructorIds).every(isUuid), 'training.schedule.instructors'],
      ['startsOn', !isDay(v.startsOn), 'form.required'],
      ['endsOn', !isDay(v.endsOn), 'form.required'],
      ['endsOn', v.endsOn < v.startsOn, 'training.schedule.endsBeforeStarts'],
      ['capacity', wholeNumber(v.capacity, 1, 500) === null, 'training.schedule.capacity'],
    ]),
  body: (v) => ({
    courseId: v.courseId,
    centreId: v.centreId,
    instructorIds: idsIn(v.instructorIds),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    capacity: Number(v.capacity),
  }),
};

export interface AttendanceValues {
  readonly day: string;
  readonly presence: 'present' | 'absent';
}

/** An enrolled member present or absent on one of the session's days (today proposed, when it is one of them). */
export const attendanceForm = (
  memberId: string,
  startsOn: string,
  endsOn: string,
): CommandForm<AttendanceValues, RecordAttendance> => ({
  defaults: (today) => ({
    day: today < startsOn ? startsOn : today > endsOn ? endsOn : today,
    presence: 'present',
  }),
  validate: (v) =>
    problems<AttendanceValues>([
      ['day', !isDay(v.day), 'form.required'],
      ['day', v.day < startsOn || v.day > endsOn, 'training.attendance.outside'],
    ]),
  body: (v) => ({ memberId, day: v.day, present: v.presence === 'present' }),
});

/** The roles a member may hold, in Muster's order (the service's). */
export const MEMBER_ROLES = everyOne<MemberRole>()([
  'rescuer',
  'firefighter',
  'paramedic',
  'driver',
  'mechanic',
  'radio-operator',
  'media-documenter',
  'ordnance-awareness',
  'team-leader',
  'centre-commander',
]);

// A person's protected identity as HR types it in (an applicant's, a crew member's): checked as the service checks it,
// sent once, sealed by the service at once, never shown back by the form that sent it.

const ARABIC_NAME = /^(?:[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF' -]|\p{Mn})+$/u;
const LATIN_NAME = /^[A-Za-z\u00C0-\u024F'’ .-]+$/;
const PHONE = /^\+?[0-9 ()-]{5,30}$/;
const NATIONAL_ID = /^[A-Za-z0-9 /-]{1,40}$/;
const CALL_SIGN = /^[\p{L}\p{N}][\p{L}\p{N} -]{0,39}$/u;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** A call-sign as the service takes it: 1–40 letters, digits, spaces or hyphens, in one script. */
export const isCallSign = (text: string): boolean =>
  CALL_SIGN.test(text.trim()) && !(ARABIC_LETTER.test(text) && LATIN_LETTER.test(text));

export const BLOOD_TYPES = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const;

/** A name in both scripts, each in its four parts (own, father's, grandfather's, family): never one "first name". */
export interface NameValues {
  readonly arabicOwn: string;
  readonly arabicFather: string;
  readonly arabicGrandfather: string;
  readonly arabicFamily: string;
  readonly latinOwn: string;
  readonly latinFather: string;
  readonly latinGrandfather: string;
  readonly latinFamily: string;
}

export const NO_NAME: NameValues = {
  arabicOwn: '',
  arabicFather: '',
  arabicGrandfather: '',
  arabicFamily: '',
  latinOwn: '',
  latinFather: '',
  latinGrandfather: '',
  latinFamily: '',
};

const ARABIC_PARTS = ['arabicOwn', 'arabicFather', 'arabicGrandfather', 'arabicFamily'] as const;
const LATIN_PARTS = ['latinOwn', 'latinFather', 'latinGrandfather', 'latinFamily'] as const;

/** A name's problems: an own name in one script at least, each part in its script's letters, no part without its own name. */
function nameProblems(v: NameValues): Check<NameValues>[] {
  const checks: Check<NameValues>[] = [
    ['arabicOwn', !filled(v.arabicOwn) && !filled(v.latinOwn), 'intake.person.nameRequired'],
  ];
  for (const [parts, letters, message] of [
    [ARABIC_PARTS, ARABIC_NAME, 'identity.form.arabicLetters'],
    [LATIN_PARTS, LATIN_NAME, 'identity.form.latinLetters'],
  ] as const) {
    for (const field of parts) checks.push([field, filled(v[field]) && !letters.test(v[field].trim()), message]);
    const [own, ...others] = parts;
    for (const field of others) checks.push([own, filled(v[field]) && !filled(v[own]), 'identity.form.ownName']);
  }
  return checks;
}

/** The name's parts in one script, or null when its own name is not given in that script. */
function namePartsOf(own: string, father: string, grandfather: string, family: string) {
  if (!filled(own)) return null;
  const part = (text: string) => (filled(text) ? text.trim() : null);
  return { own: own.trim(), father: part(father), grandfather: part(grandfather), family: part(family) };
}

const nameOf = (v: NameValues) => ({
  arabic: namePartsOf(v.arabicOwn, v.arabicFather, v.arabicGrandfather, v.arabicFamily),
  latin: namePartsOf(v.latinOwn, v.latinFather, v.latinGrandfather, v.latinFamily),
});

export interface ApplicationValues extends NameValues {
  readonly callSign: string;
  readonly rolesSought: MemberRole[];
  readonly preferredCentreId: string;
  readonly appliedOn: string;
  /** '' (not known), a year of birth, or a day. */
  readonly birthKind: '' | 'year' | 'date';
  readonly birthYear: string;
  readonly birthDate: string;
  readonly nationalId: string;
  readonly phone: string;
  readonly homeArea: string;
  readonly contactName: string;
  readonly contactRelation: string;
  readonly contactPhone: string;
  readonly bloodType: '' | (typeof BLOOD_TYPES)[number];
}

/** The roles an applicant may seek or be onboarded with: command of a centre is an appointment (the centres service's). */
export const SOUGHT_ROLES: readonly MemberRole[] = MEMBER_ROLES.filter((r) => r !== 'centre-commander');

/**
 * An application: the operational profile (call-sign, roles sought, a preferred centre, the day) and the whole
 * protected identity the service takes — the name in both scripts and four parts, the birth (a year or a day), the
 * national id, phone, home area, an emergency contact (all three of its fields, or none) and the blood type.
 */
export const applicationForm: CommandForm<ApplicationValues, ApplyForMembership> = {
  defaults: (today) => ({
    ...NO_NAME,
    callSign: '',
    rolesSought: [],
    preferredCentreId: '',
    appliedOn: today,
    birthKind: '',
    birthYear: '',
    birthDate: '',
    nationalId: '',
    phone: '',
    homeArea: '',
    contactName: '',
    contactRelation: '',
    contactPhone: '',
    bloodType: '',
  }),
  validate: (v, today) => {
    const contact = [v.contactName, v.contactRelation, v.contactPhone].filter(filled).length;
    return problems<ApplicationValues>([
      ['callSign', !filled(v.callSign), 'applicants.register.required'],
      ['callSign', !isCallSign(v.callSign), 'identity.form.callSign'],
      ['rolesSought', v.rolesSought.length === 0, 'applicants.register.required'],
      ['appliedOn', !isDay(v.appliedOn), 'applicants.register.required'],
      ['appliedOn', v.appliedOn > today, 'command.notInFuture'],
      ...nameProblems(v),
      [
        'birthYear',
        v.birthKind === 'year' && wholeNumber(v.birthYear, 1901, Math.min(2099, Number(today.slice(0, 4)))) === null,
        'identity.form.birthYear',
      ],
      ['birthDate', v.birthKind === 'date' && (!isDay(v.birthDate) || v.birthDate > today), 'identity.form.birthDate'],
      ['nationalId', filled(v.nationalId) && !NATIONAL_ID.test(v.nationalId.trim()), 'identity.form.nationalId'],
      ['phone', filled(v.phone) && !PHONE.test(v.phone.trim()), 'identity.form.phone'],
      ['contactName', contact > 0 && contact < 3, 'identity.form.contact'],
      ['contactPhone', filled(v.contactPhone) && !PHONE.test(v.contactPhone.trim()), 'identity.form.phone'],
    ]);
  },
  body: (v) => ({
    callSign: v.callSign.trim(),
    rolesSought: MEMBER_ROLES.filter((r) => v.rolesSought.includes(r)),
    // None asked for: organisation-wide HR sees such an applicant, no centre's commander does.
    preferredCentreId: v.preferredCentreId === '' ? null : v.preferredCentreId,
    appliedOn: v.appliedOn,
    identity: {
      name: nameOf(v),
      dateOfBirth:
        v.birthKind === 'year'
          ? { kind: 'year', year: Number(v.birthYear) }
          : v.birthKind === 'date'
            ? { kind: 'date', date: v.birthDate }
            : null,
      nationalId: filled(v.nationalId) ? v.nationalId.trim() : null,
      phone: filled(v.phone) ? v.phone.trim() : null,
      homeArea: filled(v.homeArea) ? v.homeArea.trim() : null,
      emergencyContact: filled(v.contactName)
        ? { name: v.contactName.trim(), relation: v.contactRelation.trim(), phone: v.contactPhone.trim() }
        : null,
      bloodType: v.bloodType || null,
    },
  }),
};

export interface OpenIntakeValues {
  readonly sourceOrganisation: string;
  readonly unitName: string;
  readonly receivingCentreId: string;
  readonly openedOn: string;
}

export const openIntakeForm: CommandForm<OpenIntakeValues, OpenCrewIntake> = {
  defaults: (today) => ({ sourceOrganisation: '', unitName: '', receivingCentreId: '', openedOn: today }),
  validate: (v) =>
    problems<OpenIntakeValues>([
      ['sourceOrganisation', !filled(v.sourceOrganisation), 'intake.open.required'],
      ['unitName', !filled(v.unitName), 'intake.open.required'],
      ['receivingCentreId', v.receivingCentreId === '', 'intake.open.required'],
      ['openedOn', !isDay(v.openedOn), 'intake.open.required'],
    ]),
  body: (v) => ({
    sourceOrganisation: v.sourceOrganisation.trim(),
    unitName: v.unitName.trim(),
    receivingCentreId: v.receivingCentreId,
    openedOn: v.openedOn,
  }),
};

/** One prior service of a person of a crew: where, as what, from when until when (to the year, month or day). */
export interface PriorServiceRow {
  readonly organisation: string;
  readonly rankOrRole: string;
  readonly from: string;
  readonly to: string;
}

/** A person of the crew: their call-sign, their name in either script or both, and each of their prior services. */
export interface IntakePersonValues extends NameValues {
  readonly callSign: string;
  readonly priorService: PriorServiceRow[];
}

/** YYYY, YYYY-MM or YYYY-MM-DD: prior service is often known to the year only. */
const isPartialDate = (value: string): boolean => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.trim());

/** A prior service's first problem, if any, with the field it is in (the dialog marks that field). */
export function priorServiceProblem(row: PriorServiceRow): readonly [keyof PriorServiceRow, MessageId] | null {
  if (!filled(row.organisation)) return ['organisation', 'intake.person.required'];
  if (!filled(row.rankOrRole)) return ['rankOrRole', 'intake.person.required'];
  if (!isPartialDate(row.from)) return ['from', 'intake.person.partialDate'];
  if (!filled(row.to)) return null;
  if (!isPartialDate(row.to)) return ['to', 'intake.person.partialDate'];
  // Compared to the precision both give: 2008 and 2008-04 are not known to be in the wrong order.
  const [from, to] = [row.from.trim(), row.to.trim()];
  const n = Math.min(from.length, to.length);
  return to.slice(0, n) < from.slice(0, n) ? ['to', 'intake.person.endsBeforeStart'] : null;
}

export const emptyPriorService = (organisation: string): PriorServiceRow => ({
  organisation,
  rankOrRole: '',
  from: '',
  to: '',
});

/** The most prior services the service takes for one person. */
export const MAX_PRIOR_SERVICES = 20;

export const intakePersonForm = (organisation: string): CommandForm<IntakePersonValues, AddIntakePerson> => ({
  defaults: () => ({ ...NO_NAME, callSign: '', priorService: [emptyPriorService(organisation)] }),
  validate: (v) => {
    const rows = v.priorService.map(priorServiceProblem).filter((p) => p !== null);
    return problems<IntakePersonValues>([
      ['callSign', !filled(v.callSign), 'intake.person.required'],
      ['callSign', !isCallSign(v.callSign), 'identity.form.callSign'],
      ...nameProblems(v),
      ['priorService', v.priorService.length === 0, 'intake.person.required'],
      ['priorService', v.priorService.length > MAX_PRIOR_SERVICES, 'intake.person.tooMany'],
      ['priorService', rows.length > 0, rows[0]?.[1] ?? 'intake.person.required'],
    ]);
  },
  body: (v) => ({
    callSign: v.callSign.trim(),
    identity: { name: nameOf(v) },
    priorService: v.priorService.map((p) => ({
      organisation: p.organisation.trim(),
      rankOrRole: p.rankOrRole.trim(),
      from: p.from.trim(),
      to: filled(p.to) ? p.to.trim() : null,
    })),
  }),
});

/** Mapping prior ranks by the default table: nothing to fill in, the dialog says what will be done. */
export const rankMappingForm: CommandForm<Record<string, never>, MapPriorRanks> = {
  defaults: () => ({}),
  validate: () => ({}),
  body: () => ({}),
};

export interface RankOverrideValues {
  readonly roles: MemberRole[];
  readonly reason: string;
}

/** The roles chosen by hand for a person's prior ranks (never command of a centre: an appointment), and why. */
export const rankOverrideForm: CommandForm<RankOverrideValues, MapPriorRanks> = {
  defaults: () => ({ roles: [], reason: '' }),
  validate: (v) =>
    problems<RankOverrideValues>([
      ['roles', v.roles.length === 0, 'intake.override.required'],
      ['roles', v.roles.includes('centre-commander'), 'error.COMMANDER_NOT_BY_MAPPING'],
      ['reason', !filled(v.reason), 'intake.override.required'],
    ]),
  body: (v) => ({ override: { roles: MEMBER_ROLES.filter((r) => v.roles.includes(r)), reason: v.reason.trim() } }),
};

export interface CancelIntakeValues {
  readonly cancelledOn: string;
  readonly reason: string;
}

/** Calling off an open intake: the day (not to come) and why. */
export const cancelIntakeForm: CommandForm<CancelIntakeValues, CancelCrewIntake> = {
  defaults: (today) => ({ cancelledOn: today, reason: '' }),
  validate: (v, today) =>
    problems<CancelIntakeValues>([
      ['cancelledOn', !isDay(v.cancelledOn), 'intake.cancel.required'],
      ['cancelledOn', v.cancelledOn > today, 'command.notInFuture'],
      ['reason', !filled(v.reason), 'intake.cancel.required'],
    ]),
  body: (v) => ({ cancelledOn: v.cancelledOn, reason: v.reason.trim() }),
};

export interface CompleteIntakeValues {
  readonly completedOn: string;
  readonly probationMonths: string;
}

export const completeIntakeForm: CommandForm<CompleteIntakeValues, CompleteCrewIntake> = {
  defaults: (today) => ({ completedOn: today, probationMonths: '6' }),
  validate: (v) =>
    problems<CompleteIntakeValues>([
      ['completedOn', !isDay(v.completedOn), 'intake.complete.required'],
      ['probationMonths', !/^\d{1,2}$/.test(v.probationMonths.trim()), 'intake.complete.months'],
      ['probationMonths', Number(v.probationMonths) < 1 || Number(v.probationMonths) > 24, 'intake.complete.months'],
    ]),
  body: (v) => ({ completedOn: v.completedOn, probationMonths: Number(v.probationMonths.trim()) }),
};

export interface ReturnValues {
  readonly returnedOn: string;
}

/** The end of a member's leave: on or after the day it began (an early return is fine), not a day still to come. */
export const returnForm = (leaveFrom: string | null): CommandForm<ReturnValues, ReturnFromLeave> => ({
  defaults: (today) => ({ returnedOn: today }),
  validate: (v, today) =>
    problems<ReturnValues>([
      ['returnedOn', !isDay(v.returnedOn), 'form.required'],
      ['returnedOn', v.returnedOn > today, 'command.notInFuture'],
      ['returnedOn', leaveFrom !== null && v.returnedOn < leaveFrom, 'member.return.beforeLeave'],
    ]),
  body: (v) => ({ returnedOn: v.returnedOn }),
});

export interface RoleChangeValues {
  readonly roles: MemberRole[];
  readonly effectiveOn: string;
  readonly reason: string;
}

const sameRoles = (a: readonly MemberRole[], b: readonly MemberRole[]): boolean =>
  a.length === b.length && a.every((r) => b.includes(r));

/** A member's roles changed from `current`: at least one, not the same set, from a date, and why. */
export const roleChangeForm = (current: readonly MemberRole[]): CommandForm<RoleChangeValues, ChangeMemberRoles> => ({
  defaults: (today) => ({ roles: [...current], effectiveOn: today, reason: '' }),
  validate: (v) =>
    problems<RoleChangeValues>([
      ['roles', v.roles.length === 0, 'member.roles.required'],
      ['roles', sameRoles(v.roles, current), 'member.roles.unchanged'],
      ['effectiveOn', !isDay(v.effectiveOn), 'member.roles.required'],
      ['reason', !filled(v.reason), 'member.roles.required'],
    ]),
  body: (v) => ({
    roles: MEMBER_ROLES.filter((r) => v.roles.includes(r)),
    effectiveOn: v.effectiveOn,
    reason: v.reason.trim(),
  }),
});

export const PROBATION_OUTCOMES = ['confirm', 'extend', 'end'] as const;

export interface ProbationReviewValues {
  readonly outcome: ReviewProbation['outcome'];
  readonly reviewedOn: string;
  readonly newEndsOn: string;
  readonly notes: string;
}

/**
 * A probation's review: confirmed (the service checks the induction is done), extended to a day after its current end
 * (`endsOn`), or ended (the member departs); an extension or an end says why.
 */
export const probationReviewForm = (endsOn: string): CommandForm<ProbationReviewValues, ReviewProbation> => ({
  defaults: (today) => ({ outcome: 'confirm', reviewedOn: today, newEndsOn: '', notes: '' }),
  validate: (v, today) =>
    problems<ProbationReviewValues>([
      ['reviewedOn', !isDay(v.reviewedOn), 'form.required'],
      ['reviewedOn', v.reviewedOn > today, 'command.notInFuture'],
      ['newEndsOn', v.outcome === 'extend' && !isDay(v.newEndsOn), 'member.probation.newEndsOn'],
      ['newEndsOn', v.outcome === 'extend' && v.newEndsOn <= endsOn, 'member.probation.newEndsOn'],
      ['notes', v.outcome !== 'confirm' && !filled(v.notes), 'member.probation.why'],
    ]),
  body: (v) => ({
    reviewedOn: v.reviewedOn,
    outcome: v.outcome,
    ...(v.outcome === 'extend' ? { newEndsOn: v.newEndsOn } : {}),
    ...optional('notes', v.notes),
  }),
});

// An administrator's: corrections of a recorded fact, and the erasure of a legal identity.

export type CorrectionKind = CorrectRecord['kind'];

/** The corrections a record in this status can take: a call-sign always; a death's or a departure's record, or the
 * final status itself revoked, only on a record closed by it. */
export function correctionsFor(status: MemberStatus): readonly CorrectionKind[] {
  switch (status) {
    case 'killed':
      return ['call-sign', 'death-record', 'final-status-revoked'];
    case 'departed':
      return ['call-sign', 'departure-record', 'final-status-revoked'];
    default:
      return ['call-sign'];
  }
}

export interface CorrectionValues {
  readonly kind: CorrectionKind | '';
  readonly callSign: string;
  readonly diedOn: string;
  readonly incidentRef: string;
  readonly departedOn: string;
  readonly departureReason: RecordDeparture['reason'] | '';
  readonly reason: string;
}

/** A correction of one recorded fact: the fields of its kind, and why (the original events stay; this is added). */
export const correctionForm: CommandForm<CorrectionValues, CorrectRecord> = {
  defaults: () => ({
    kind: '',
    callSign: '',
    diedOn: '',
    incidentRef: '',
    departedOn: '',
    departureReason: '',
    reason: '',
  }),
  validate: (v, today) =>
    problems<CorrectionValues>([
      ['kind', v.kind === '', 'member.correction.required'],
      ['callSign', v.kind === 'call-sign' && !isCallSign(v.callSign), 'identity.form.callSign'],
      ['diedOn', v.kind === 'death-record' && !isDay(v.diedOn), 'member.correction.required'],
      ['diedOn', v.kind === 'death-record' && v.diedOn > today, 'command.notInFuture'],
      ['incidentRef', v.kind === 'death-record' && !filled(v.incidentRef), 'member.correction.required'],
      ['departedOn', v.kind === 'departure-record' && !isDay(v.departedOn), 'member.correction.required'],
      ['departedOn', v.kind === 'departure-record' && v.departedOn > today, 'command.notInFuture'],
      ['departureReason', v.kind === 'departure-record' && v.departureReason === '', 'member.correction.required'],
      ['reason', !filled(v.reason), 'member.correction.required'],
    ]),
  body: (v) => {
    const reason = v.reason.trim();
    switch (v.kind) {
      case 'call-sign':
        return { kind: v.kind, callSign: v.callSign.trim(), reason };
      case 'death-record':
        return { kind: v.kind, diedOn: v.diedOn, incidentRef: v.incidentRef.trim(), reason };
      case 'departure-record':
        return { kind: v.kind, departedOn: v.departedOn, departureReason: v.departureReason || 'resigned', reason };
      default:
        // validate() refused an empty kind before body() is asked for.
        return { kind: 'final-status-revoked', reason };
    }
  },
};

export interface ErasureValues {
  readonly reason: string;
}

/** The erasure of a legal identity, for good (its key destroyed): why, said before a confirmation. */
export const erasureForm: CommandForm<ErasureValues, EraseIdentity> = {
  defaults: () => ({ reason: '' }),
  validate: (v) => problems<ErasureValues>([['reason', !filled(v.reason), 'member.erasure.required']]),
  body: (v) => ({ reason: v.reason.trim() }),
};

/** Approving an identity export another person asked for: nothing to fill in, the dialog restates what it releases. */
export const exportApprovalForm: CommandForm<Record<string, never>, Record<string, never>> = {
  defaults: () => ({}),
  validate: () => ({}),
  body: () => ({}),
};

export interface ExportRefusalValues {
  readonly reason: string;
}

/** Refusing an identity export: why. */
export const exportRefusalForm: CommandForm<ExportRefusalValues, RefuseIdentityExport> = {
  defaults: () => ({ reason: '' }),
  validate: (v) => problems<ExportRefusalValues>([['reason', !filled(v.reason), 'identityExports.refuse.required']]),
  body: (v) => ({ reason: v.reason.trim() }),
};

export type LifeEvent =
  | 'leave'
  | 'return'
  | 'transfer'
  | 'roles'
  | 'probation'
  | 'suspension'
  | 'reinstatement'
  | 'injury'
  | 'death'
  | 'departure';

/**
 * The life events HR may record on a member in this status (a probation's review while there is one), as the
 * service's rules allow them (it still decides: a refusal is shown by its code). A closed record (killed, departed)
 * and an applicant have none here.
 */
export function lifeEventsFor(status: MemberStatus, onProbation = false): readonly LifeEvent[] {
  const probation: LifeEvent[] = onProbation ? ['probation'] : [];
  switch (status) {
    case 'active':
      return ['leave', 'transfer', 'roles', ...probation, 'suspension', 'injury', 'death', 'departure'];
    case 'on-leave':
      return ['return', 'roles', ...probation, 'injury', 'death', 'departure'];
    case 'suspended':
      return ['reinstatement', ...probation, 'injury', 'death', 'departure'];
    case 'applied':
    case 'cleared':
    case 'rejected':
    case 'killed':
    case 'departed':
      return [];
  }
}

// Logistics: the fuel ledger, a vehicle's damage, repairs, service and write-off, items issued and returned.

/** Litres to a tenth, from `min` up to the ledger's ceiling (a delivery or an issue moves at least a tenth). */
const litresOf = (text: string, min: 0 | 0.1): number | null => decimal(text, 1, min, 1_000_000);
/** A datetime-local value that is a moment not after today (wall times of one zone: their text sorts as they do). */
const afterToday = (local: string, today: string): boolean => local.slice(0, 10) > today;

export interface FuelDeliveryValues {
  readonly litres: string;
  readonly supplier: string;
  /** A donor of the register who gave or paid for it, or ''. */
  readonly donorId: string;
  readonly costAmount: string;
  readonly currency: string;
  readonly receivedBy: string;
  readonly deliveredAt: string;
}

/**
 * Fuel delivered into a centre's stock: how much, from where (a supplier, a donor of the register, or both), what it
 * cost (optional: an amount with its currency), who received it and when.
 */
export const fuelDeliveryForm: CommandForm<FuelDeliveryValues, RecordFuelDelivery> = {
  defaults: (_today, now) => ({
    litres: '',
    supplier: '',
    donorId: '',
    costAmount: '',
    currency: 'USD',
    receivedBy: '',
    deliveredAt: localNow(now),
  }),
  validate: (v, today) =>
    problems<FuelDeliveryValues>([
      ['litres', litresOf(v.litres, 0.1) === null, 'form.litres'],
      // As the service: the fuel came from somewhere, a supplier or a donor (FUEL_SOURCE_REQUIRED).
      ['supplier', !filled(v.supplier) && v.donorId === '', 'form.required'],
      ['costAmount', filled(v.costAmount) && decimal(v.costAmount, 2, 0, 10_000_000) === null, 'form.money'],
      ['currency', filled(v.costAmount) && !/^[A-Z]{3}$/.test(v.currency.trim()), 'form.money'],
      ['receivedBy', !isUuid(v.receivedBy), 'form.memberId'],
      ['deliveredAt', v.deliveredAt === '', 'form.required'],
      ['deliveredAt', afterToday(v.deliveredAt, today), 'command.notInFuture'],
    ]),
  body: (v) => ({
    litres: Number(v.litres),
    supplier: filled(v.supplier) ? v.supplier.trim() : null,
    donorId: v.donorId || null,
    cost: filled(v.costAmount) ? { amount: Number(v.costAmount), currency: v.currency.trim() } : null,
    receivedBy: v.receivedBy.trim(),
    deliveredAt: instantOf(v.deliveredAt),
  }),
};

export interface FuelIssueValues {
  readonly targetKind: IssueFuel['targetKind'];
  readonly vehicleId: string;
  readonly odometerKm: string;
  /** An equipment item of type generator. */
  readonly generatorId: string;
  readonly engineHours: string;
  readonly litres: string;
  readonly issuedBy: string;
  readonly receivedBy: string;
  readonly issuedAt: string;
}

/**
 * Fuel issued from the stock to one of the centre's vehicles, against its odometer at the pump, or to one of its
 * generators, against its hour meter. Never refused for looking odd: the ledger flags it for review (over the tank,
 * a reading that has not moved, unusual consumption).
 */
export const fuelIssueForm: CommandForm<FuelIssueValues, IssueFuel> = {
  defaults: (_today, now) => ({
    targetKind: 'vehicle',
    vehicleId: '',
    odometerKm: '',
    generatorId: '',
    engineHours: '',
    litres: '',
    issuedBy: '',
    receivedBy: '',
    issuedAt: localNow(now),
  }),
  validate: (v, today) => {
    const vehicle = v.targetKind === 'vehicle';
    return problems<FuelIssueValues>([
      ['vehicleId', vehicle && v.vehicleId === '', 'form.required'],
      ['odometerKm', vehicle && wholeNumber(v.odometerKm, 0, 5_000_000) === null, 'form.odometer'],
      ['generatorId', !vehicle && v.generatorId === '', 'form.required'],
      ['engineHours', !vehicle && decimal(v.engineHours, 1, 0, 500_000) === null, 'form.engineHours'],
      ['litres', litresOf(v.litres, 0.1) === null, 'form.litres'],
      ['issuedBy', !isUuid(v.issuedBy), 'form.memberId'],
      ['receivedBy', !isUuid(v.receivedBy), 'form.memberId'],
      ['issuedAt', v.issuedAt === '', 'form.required'],
      ['issuedAt', afterToday(v.issuedAt, today), 'command.notInFuture'],
    ]);
  },
  body: (v) => ({
    ...(v.targetKind === 'vehicle'
      ? { targetKind: 'vehicle', targetId: v.vehicleId, odometerKm: Number(v.odometerKm) }
      : { targetKind: 'generator', targetId: v.generatorId, engineHours: Number(v.engineHours) }),
    litres: Number(v.litres),
    issuedBy: v.issuedBy.trim(),
    receivedBy: v.receivedBy.trim(),
    issuedAt: instantOf(v.issuedAt),
  }),
};

export interface StocktakeValues {
  readonly countedLitres: string;
  readonly reason: string;
  readonly countedBy: string;
  readonly countedAt: string;
}

/** The stock counted against the ledger's balance (as read): a count that differs says why, as the service asks. */
export const stocktakeForm = (balanceLitres: number): CommandForm<StocktakeValues, RecordStocktake> => ({
  defaults: (_today, now) => ({ countedLitres: '', reason: '', countedBy: '', countedAt: localNow(now) }),
  validate: (v, today) => {
    const counted = litresOf(v.countedLitres, 0);
    return problems<StocktakeValues>([
      ['countedLitres', counted === null, 'form.litres'],
      ['reason', counted !== null && counted !== balanceLitres && !filled(v.reason), 'fuel.stocktake.reasonRequired'],
      ['countedBy', !isUuid(v.countedBy), 'form.memberId'],
      ['countedAt', v.countedAt === '', 'form.required'],
      ['countedAt', afterToday(v.countedAt, today), 'command.notInFuture'],
    ]);
  },
  body: (v) => ({
    countedLitres: Number(v.countedLitres),
    reason: filled(v.reason) ? v.reason.trim() : null,
    countedBy: v.countedBy.trim(),
    countedAt: instantOf(v.countedAt),
  }),
});

export const DAMAGE_CAUSES = everyOne<DamageCause>()([
  'air-strike',
  'double-tap-strike',
  'shelling',
  'explosive-remnant',
  'accident',
  'wear',
]);
export const DAMAGE_SEVERITIES = everyOne<DamageSeverity>()(['minor', 'moderate', 'severe']);
/** Damage from an attack is evidence: it names the incident it happened in (the service's INCIDENT_REF_REQUIRED). */
const ATTACKS: readonly DamageCause[] = ['air-strike', 'double-tap-strike', 'shelling', 'explosive-remnant'];

export interface DamageValues {
  readonly cause: DamageCause | '';
  readonly severity: DamageSeverity | '';
  readonly occurredOn: string;
  readonly incidentRef: string;
  readonly description: string;
  readonly odometerKm: string;
}

/** Damage to a vehicle: what, how badly (severe takes it off the road), when, in which incident; its odometer if read. */
export const damageForm = (odometerKm: number | null): CommandForm<DamageValues, RecordDamage> => ({
  defaults: (today) => ({
    cause: '',
    severity: '',
    occurredOn: today,
    incidentRef: '',
    description: '',
    odometerKm: '',
  }),
  validate: (v, today) =>
    problems<DamageValues>([
      ['cause', v.cause === '', 'vehicle.damage.required'],
      ['severity', v.severity === '', 'vehicle.damage.required'],
      ['occurredOn', !isDay(v.occurredOn), 'vehicle.damage.required'],
      ['description', !filled(v.description), 'vehicle.damage.required'],
      ['occurredOn', v.occurredOn > today, 'command.notInFuture'],
      [
        'incidentRef',
        v.cause !== '' && ATTACKS.includes(v.cause) && !filled(v.incidentRef),
        'vehicle.damage.incidentRequired',
      ],
      ['odometerKm', filled(v.odometerKm) && wholeNumber(v.odometerKm, odometerKm ?? 0) === null, 'form.odometer'],
    ]),
  body: (v) => ({
    cause: v.cause as DamageCause,
    severity: v.severity as DamageSeverity,
    occurredOn: v.occurredOn,
    incidentRef: filled(v.incidentRef) ? v.incidentRef.trim() : null,
    description: v.description.trim(),
    odometerKm: filled(v.odometerKm) ? Number(v.odometerKm) : null,
  }),
});

export interface RepairOrderValues {
  readonly description: string;
  readonly workshop: string;
  readonly openedOn: string;
  /** The damage it repairs, of the vehicle's. */
  readonly damageIds: readonly string[];
}

/** A repair order opened at a workshop: what is to be done, where, from which day, and the damage it repairs. */
export const repairOrderForm: CommandForm<RepairOrderValues, OpenRepairOrder> = {
  defaults: (today) => ({ description: '', workshop: '', openedOn: today, damageIds: [] }),
  validate: (v, today) =>
    problems<RepairOrderValues>([
      ['description', !filled(v.description), 'vehicle.repair.required'],
      ['workshop', !filled(v.workshop), 'vehicle.repair.required'],
      ['openedOn', !isDay(v.openedOn), 'vehicle.repair.required'],
      ['openedOn', v.openedOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({
    description: v.description.trim(),
    workshop: v.workshop.trim(),
    openedOn: v.openedOn,
    damageIds: [...v.damageIds],
  }),
};

/** The vehicle's damage no repair order names yet: what a new order may be opened for. */
export const unrepairedDamage = (vehicle: Pick<VehicleProfile, 'damage' | 'repairOrders'>) =>
  vehicle.damage.filter((d) => !vehicle.repairOrders.some((o) => o.damageIds.includes(d.damageId)));

export interface RepairClosureValues {
  readonly closedOn: string;
  readonly odometerKm: string;
  readonly notes: string;
}

/** A repair order closed: not before it was opened, the odometer (if read) not below the vehicle's last reading. */
export const repairClosureForm = (
  openedOn: string,
  odometerKm: number | null,
): CommandForm<RepairClosureValues, CloseRepairOrder> => ({
  defaults: (today) => ({ closedOn: today, odometerKm: '', notes: '' }),
  validate: (v, today) =>
    problems<RepairClosureValues>([
      ['closedOn', !isDay(v.closedOn), 'form.required'],
      ['closedOn', v.closedOn > today, 'command.notInFuture'],
      ['closedOn', v.closedOn < openedOn, 'vehicle.repair.closedBeforeOpened'],
      ['odometerKm', filled(v.odometerKm) && wholeNumber(v.odometerKm, odometerKm ?? 0) === null, 'form.odometer'],
    ]),
  body: (v) => ({
    closedOn: v.closedOn,
    odometerKm: filled(v.odometerKm) ? Number(v.odometerKm) : null,
    ...optional('notes', v.notes),
  }),
});

export interface UnserviceableValues {
  readonly reason: string;
  readonly declaredOn: string;
}

export const unserviceableForm: CommandForm<UnserviceableValues, DeclareUnserviceable> = {
  defaults: (today) => ({ reason: '', declaredOn: today }),
  validate: (v, today) =>
    problems<UnserviceableValues>([
      ['reason', !filled(v.reason), 'form.required'],
      ['declaredOn', !isDay(v.declaredOn), 'form.required'],
      ['declaredOn', v.declaredOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({ reason: v.reason.trim(), declaredOn: v.declaredOn }),
};

export interface ReturnToServiceValues {
  readonly returnedOn: string;
  readonly note: string;
}

export const returnToServiceForm: CommandForm<ReturnToServiceValues, ReturnToService> = {
  defaults: (today) => ({ returnedOn: today, note: '' }),
  validate: (v, today) =>
    problems<ReturnToServiceValues>([
      ['returnedOn', !isDay(v.returnedOn), 'form.required'],
      ['returnedOn', v.returnedOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({ returnedOn: v.returnedOn, ...optional('note', v.note) }),
};

export const WRITE_OFF_REASONS = everyOne<WriteOffReason>()(['destroyed', 'stolen', 'lost', 'donated-onward']);

export interface WriteOffValues {
  readonly reason: WriteOffReason | '';
  readonly evidenceRef: string;
  readonly note: string;
  readonly writtenOffOn: string;
}

/** A vehicle written off — destroyed, stolen, lost or donated onward — with its evidence: final. */
export const writeOffForm: CommandForm<WriteOffValues, WriteOffVehicle> = {
  defaults: (today) => ({ reason: '', evidenceRef: '', note: '', writtenOffOn: today }),
  validate: (v, today) =>
    problems<WriteOffValues>([
      ['reason', v.reason === '', 'vehicle.writeOff.required'],
      ['evidenceRef', !filled(v.evidenceRef), 'vehicle.writeOff.required'],
      ['writtenOffOn', !isDay(v.writtenOffOn), 'vehicle.writeOff.required'],
      ['writtenOffOn', v.writtenOffOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({
    reason: v.reason as WriteOffReason,
    evidenceRef: v.evidenceRef.trim(),
    writtenOffOn: v.writtenOffOn,
    ...optional('note', v.note),
  }),
};

export interface DiversionValues {
  readonly toCentreId: string;
  readonly reason: string;
}

/** A vehicle on its way sent to another destination (not the one it left: that is a turn back), saying why. */
export const diversionForm: CommandForm<DiversionValues, DivertVehicle> = {
  defaults: () => ({ toCentreId: '', reason: '' }),
  validate: (v) =>
    problems<DiversionValues>([
      ['toCentreId', v.toCentreId === '', 'vehicle.divert.required'],
      ['reason', !filled(v.reason), 'vehicle.divert.required'],
    ]),
  body: (v) => ({ toCentreId: v.toCentreId, reason: v.reason.trim() }),
};

export interface TurnBackValues {
  readonly reason: string;
}

/** A vehicle on its way ordered back to the centre it left, saying why (it stays in transit until it arrives). */
export const turnBackForm: CommandForm<TurnBackValues, ReturnVehicleToOrigin> = {
  defaults: () => ({ reason: '' }),
  validate: (v) => problems<TurnBackValues>([['reason', !filled(v.reason), 'vehicle.turnBack.reasonRequired']]),
  body: (v) => ({ reason: v.reason.trim() }),
};

/** An amount of money to the cent (the services' Money), from an input's text. */
const moneyOf = (text: string): number | null => decimal(text, 2, 0, 10_000_000);
const isCurrency = (text: string): boolean => /^[A-Z]{3}$/.test(text.trim().toUpperCase());

export interface RepairPartValues {
  readonly description: string;
  readonly quantity: string;
  readonly unitCost: string;
}

export interface RepairWorkValues {
  readonly workDone: string;
  readonly parts: RepairPartValues[];
  readonly labourCost: string;
  readonly currency: string;
  /** A donor of the register, or '' for the organisation's own funds. */
  readonly donorId: string;
  readonly funding: string;
  readonly recordedOn: string;
}

export const emptyPart = (): RepairPartValues => ({ description: '', quantity: '1', unitCost: '' });

/**
 * Work on an open repair order: what was done, each part (how many, at what unit cost), the labour, in one currency,
 * who paid (a donor of the register, or own funds, with the budget line or grant), on a day not before its opening.
 */
export const repairWorkForm = (openedOn: string): CommandForm<RepairWorkValues, RecordRepairWork> => ({
  defaults: (today) => ({
    workDone: '',
    parts: [],
    labourCost: '',
    currency: 'USD',
    donorId: '',
    funding: '',
    recordedOn: today,
  }),
  validate: (v, today) =>
    problems<RepairWorkValues>([
      ['workDone', !filled(v.workDone), 'vehicle.work.required'],
      [
        'parts',
        v.parts.some(
          (p) => !filled(p.description) || wholeNumber(p.quantity, 1, 1000) === null || moneyOf(p.unitCost) === null,
        ),
        'vehicle.work.part',
      ],
      ['labourCost', moneyOf(v.labourCost) === null, 'form.money'],
      ['currency', !isCurrency(v.currency), 'form.money'],
      ['funding', !filled(v.funding), 'vehicle.work.fundingRequired'],
      ['recordedOn', !isDay(v.recordedOn), 'form.required'],
      ['recordedOn', v.recordedOn > today, 'command.notInFuture'],
      ['recordedOn', v.recordedOn < openedOn, 'vehicle.work.beforeOpened'],
    ]),
  body: (v) => ({
    workDone: v.workDone.trim(),
    parts: v.parts.map((p) => ({
      description: p.description.trim(),
      quantity: Number(p.quantity),
      unitCost: Number(p.unitCost),
    })),
    labourCost: Number(v.labourCost),
    currency: v.currency.trim().toUpperCase(),
    fundingSource: { donorId: v.donorId || null, description: v.funding.trim() },
    recordedOn: v.recordedOn,
  }),
});

/** What the reading of one item of a checklist found: not yet said, passed or failed. */
export type CheckMark = '' | 'passed' | 'failed';
export type CheckKind = RecordCheck['kind'];
export const CHECK_KINDS = everyOne<CheckKind>()(['daily', 'weekly']);

export interface CheckValues {
  readonly kind: CheckKind;
  readonly performedAt: string;
  readonly odometerKm: string;
  readonly engineHours: string;
  /** By checklist item code. */
  readonly items: Record<string, CheckMark>;
  readonly notes: Record<string, string>;
}

/**
 * A daily or weekly check: every item of the vehicle type's checklist for that kind (`checklists`, their codes)
 * passed or failed — a failed critical item takes the vehicle off the road —, its odometer not below the last reading.
 */
export const checkForm = (
  checklists: Readonly<Record<CheckKind, readonly string[]>>,
  odometerKm: number | null,
): CommandForm<CheckValues, RecordCheck> => ({
  defaults: (_today, now) => ({
    kind: 'daily',
    performedAt: localNow(now),
    odometerKm: '',
    engineHours: '',
    items: {},
    notes: {},
  }),
  validate: (v, today) =>
    problems<CheckValues>([
      ['performedAt', v.performedAt === '', 'form.required'],
      ['performedAt', afterToday(v.performedAt, today), 'command.notInFuture'],
      ['odometerKm', wholeNumber(v.odometerKm, odometerKm ?? 0, 5_000_000) === null, 'form.odometer'],
      ['engineHours', filled(v.engineHours) && decimal(v.engineHours, 1, 0, 500_000) === null, 'form.engineHours'],
      [
        'items',
        checklists[v.kind].some((code) => v.items[code] !== 'passed' && v.items[code] !== 'failed'),
        'vehicle.check.everyItem',
      ],
    ]),
  body: (v) => ({
    kind: v.kind,
    performedAt: instantOf(v.performedAt),
    odometerKm: Number(v.odometerKm),
    engineHours: filled(v.engineHours) ? Number(v.engineHours) : null,
    items: checklists[v.kind].map((code) => ({
      code,
      passed: v.items[code] === 'passed',
      ...optional('note', v.notes[code] ?? ''),
    })),
  }),
});

export interface ServiceValues {
  readonly servicedOn: string;
  readonly odometerKm: string;
  readonly workDone: string;
}

/** A scheduled service done: the day, the odometer (not below the last reading), the work; the next falls due from it. */
export const serviceForm = (odometerKm: number | null): CommandForm<ServiceValues, RecordService> => ({
  defaults: (today) => ({ servicedOn: today, odometerKm: '', workDone: '' }),
  validate: (v, today) =>
    problems<ServiceValues>([
      ['servicedOn', !isDay(v.servicedOn), 'vehicle.service.required'],
      ['servicedOn', v.servicedOn > today, 'command.notInFuture'],
      ['odometerKm', wholeNumber(v.odometerKm, odometerKm ?? 0, 5_000_000) === null, 'form.odometer'],
      ['workDone', !filled(v.workDone), 'vehicle.service.required'],
    ]),
  body: (v) => ({ servicedOn: v.servicedOn, odometerKm: Number(v.odometerKm), workDone: v.workDone.trim() }),
});

export interface OdometerCorrectionValues {
  readonly correctedKm: string;
  readonly reason: string;
}

/**
 * The last odometer reading corrected (the only way a reading goes down): the right reading, other than the one on
 * record, and why. Audited: the service records who did it.
 */
export const odometerCorrectionForm = (
  odometerKm: number | null,
): CommandForm<OdometerCorrectionValues, CorrectOdometer> => ({
  defaults: () => ({ correctedKm: '', reason: '' }),
  validate: (v) => {
    const corrected = wholeNumber(v.correctedKm, 0, 5_000_000);
    return problems<OdometerCorrectionValues>([
      ['correctedKm', corrected === null, 'vehicle.odometer.reading'],
      ['correctedKm', corrected !== null && corrected === odometerKm, 'vehicle.odometer.unchanged'],
      ['reason', !filled(v.reason), 'vehicle.odometer.reasonRequired'],
    ]);
  },
  body: (v) => ({ correctedKm: Number(v.correctedKm), reason: v.reason.trim() }),
});

export type VehicleCommand =
  | 'dispatch'
  | 'arrival'
  | 'divert'
  | 'turnBack'
  | 'damage'
  | 'repair'
  | 'check'
  | 'service'
  | 'odometer'
  | 'unserviceable'
  | 'return'
  | 'writeOff';

/**
 * The commands logistics may send a vehicle in its state, as the service's rules allow them (it still decides: a
 * refusal is shown by its code). A written-off vehicle takes none; one on the road is received before it is
 * repaired; a vehicle grounded by damage or in the workshop returns to service when its repair order is closed.
 */
export function vehicleCommandsFor(
  vehicle: Pick<VehicleProfile, 'status' | 'statusReason' | 'repairOrders' | 'moves'>,
): readonly VehicleCommand[] {
  const inWorkshop = vehicle.repairOrders.some((o) => o.closedOn === null);
  const move = vehicle.moves.at(-1);
  // Turned back already: it is on its way to the centre it left.
  const turnedBack = move !== undefined && move.outcome === 'in-transit' && move.toCentreId === move.fromCentreId;
  switch (vehicle.status) {
    case 'serviceable':
      return ['dispatch', 'check', 'service', 'damage', 'repair', 'odometer', 'unserviceable', 'writeOff'];
    case 'in-transit':
      return ['arrival', 'divert', ...(turnedBack ? [] : (['turnBack'] as const)), 'damage', 'writeOff'];
    case 'unserviceable':
      return [
        'check',
        'service',
        'damage',
        'repair',
        'odometer',
        ...(inWorkshop || vehicle.statusReason?.code === 'DAMAGED' ? [] : (['return'] as const)),
        'writeOff',
      ];
    case 'written-off':
      return [];
  }
}

export const HOLDER_KINDS = everyOne<ItemHolder['kind']>()(['member', 'centre', 'vehicle']);

export interface ItemIssueValues {
  readonly holderKind: ItemHolder['kind'];
  readonly holderId: string;
  readonly quantity: string;
  readonly issuedOn: string;
}

/** An item (or so many of a consumable) from its centre's store to a member, a centre or a vehicle's kit. */
export const itemIssueForm = (inStock: number): CommandForm<ItemIssueValues, IssueItem> => ({
  defaults: (today) => ({ holderKind: 'member', holderId: '', quantity: '1', issuedOn: today }),
  validate: (v, today) =>
    problems<ItemIssueValues>([
      ['holderId', !isUuid(v.holderId), v.holderKind === 'centre' ? 'form.required' : 'form.holderId'],
      ['quantity', wholeNumber(v.quantity, 1, inStock) === null, 'form.quantity'],
      ['issuedOn', !isDay(v.issuedOn), 'form.required'],
      ['issuedOn', v.issuedOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({
    holder: { kind: v.holderKind, id: v.holderId.trim() },
    quantity: Number(v.quantity),
    issuedOn: v.issuedOn,
  }),
});

export interface ItemReturnValues {
  readonly quantity: string;
  readonly condition: ReturnItem['condition'];
  readonly returnedOn: string;
}

/** An item taken back from one holder, no more than they hold, in good order or damaged. */
export const itemReturnForm = (holder: ItemHolder, held: number): CommandForm<ItemReturnValues, ReturnItem> => ({
  defaults: (today) => ({ quantity: `${held}`, condition: 'good', returnedOn: today }),
  validate: (v, today) =>
    problems<ItemReturnValues>([
      ['quantity', wholeNumber(v.quantity, 1, held) === null, 'form.quantity'],
      ['returnedOn', !isDay(v.returnedOn), 'form.required'],
      ['returnedOn', v.returnedOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({
    holder: { kind: holder.kind, id: holder.id },
    quantity: Number(v.quantity),
    condition: v.condition,
    returnedOn: v.returnedOn,
  }),
});

export interface ItemRegistrationValues {
  readonly type: ItemType | '';
  readonly description: string;
  readonly serialNumber: string;
  readonly quantity: string;
  readonly unit: string;
  /** A donor of the register, or '' for the organisation's own funds. */
  readonly donorId: string;
  readonly centreId: string;
  readonly acquiredOn: string;
  readonly tankCapacityLitres: string;
}

/**
 * An item entering a centre's stock: a serial-numbered one (one item), or a counted consumable (how many, in what
 * unit); its donor, or own funds; a generator's tank, for the fuel ledger's checks.
 */
export const itemRegistrationForm: CommandForm<ItemRegistrationValues, RegisterItem> = {
  defaults: (today) => ({
    type: '',
    description: '',
    serialNumber: '',
    quantity: '1',
    unit: '',
    donorId: '',
    centreId: '',
    acquiredOn: today,
    tankCapacityLitres: '',
  }),
  validate: (v, today) => {
    const serial = filled(v.serialNumber);
    return problems<ItemRegistrationValues>([
      ['type', v.type === '', 'items.register.required'],
      ['description', !filled(v.description), 'items.register.required'],
      ['centreId', v.centreId === '', 'items.register.required'],
      ['acquiredOn', !isDay(v.acquiredOn), 'items.register.required'],
      ['acquiredOn', v.acquiredOn > today, 'command.notInFuture'],
      // As the service: a serial-numbered item is one (SERIAL_ITEM_IS_ONE); a consumable has its unit.
      ['quantity', serial && v.quantity.trim() !== '1', 'items.register.serialIsOne'],
      ['quantity', !serial && wholeNumber(v.quantity, 1, 1_000_000) === null, 'form.quantity'],
      ['unit', !serial && !filled(v.unit), 'items.register.unitRequired'],
      [
        'tankCapacityLitres',
        v.type === 'generator' && filled(v.tankCapacityLitres) && wholeNumber(v.tankCapacityLitres, 1, 2000) === null,
        'items.register.tank',
      ],
    ]);
  },
  body: (v) => {
    const serial = filled(v.serialNumber);
    return {
      // validate() refused an empty type before body() is asked for.
      type: v.type || 'other',
      description: v.description.trim(),
      serialNumber: serial ? v.serialNumber.trim() : null,
      quantity: serial ? 1 : Number(v.quantity),
      unit: serial ? null : v.unit.trim(),
      donorId: v.donorId || null,
      centreId: v.centreId,
      acquiredOn: v.acquiredOn,
      tankCapacityLitres: v.type === 'generator' && filled(v.tankCapacityLitres) ? Number(v.tankCapacityLitres) : null,
    };
  },
};

export interface ItemDamageValues {
  readonly description: string;
  readonly occurredOn: string;
  readonly incidentRef: string;
}

/** Damage to an item: what happened to it, when, in which incident (if any); it stays where it is until returned. */
export const itemDamageForm: CommandForm<ItemDamageValues, RecordItemDamage> = {
  defaults: (today) => ({ description: '', occurredOn: today, incidentRef: '' }),
  validate: (v, today) =>
    problems<ItemDamageValues>([
      ['description', !filled(v.description), 'items.damage.required'],
      ['occurredOn', !isDay(v.occurredOn), 'items.damage.required'],
      ['occurredOn', v.occurredOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({
    description: v.description.trim(),
    occurredOn: v.occurredOn,
    incidentRef: filled(v.incidentRef) ? v.incidentRef.trim() : null,
  }),
};

export const ITEM_WRITE_OFF_REASONS = everyOne<ItemWriteOffReason>()([
  'lost',
  'stolen',
  'destroyed',
  'beyond-repair',
  'not-recovered',
]);

export interface ItemWriteOffValues {
  /** '' for the centre's store, or `<kind>:<id>` of one of its holders. */
  readonly from: string;
  readonly quantity: string;
  readonly reason: ItemWriteOffReason | '';
  readonly evidenceRef: string;
  readonly writtenOffOn: string;
}

/** Where an item's write-off takes it from: its store, or one of its holders, by the `from` field's value. */
export const holderKey = (holder: ItemHolder): string => `${holder.kind}:${holder.id}`;

/**
 * An item written off — lost, stolen, destroyed, beyond repair or never recovered — with its evidence: from the
 * store or from a holder, no more than is there (a serial item goes whole).
 */
export const itemWriteOffForm = (
  item: Pick<ItemEntry, 'inStock' | 'serialNumber' | 'holdings'>,
): CommandForm<ItemWriteOffValues, WriteOffItem> => {
  const available = (from: string) =>
    from === '' ? item.inStock : (item.holdings.find((h) => holderKey(h) === from)?.quantity ?? 0);
  return {
    defaults: (today) => ({
      from: item.inStock > 0 || item.holdings.length === 0 ? '' : holderKey(item.holdings[0] as ItemHolder),
      quantity: '1',
      reason: '',
      evidenceRef: '',
      writtenOffOn: today,
    }),
    validate: (v, today) =>
      problems<ItemWriteOffValues>([
        ['reason', v.reason === '', 'items.writeOff.required'],
        ['evidenceRef', !filled(v.evidenceRef), 'items.writeOff.required'],
        ['writtenOffOn', !isDay(v.writtenOffOn), 'items.writeOff.required'],
        ['writtenOffOn', v.writtenOffOn > today, 'command.notInFuture'],
        [
          'quantity',
          item.serialNumber !== null
            ? v.quantity.trim() !== '1'
            : wholeNumber(v.quantity, 1, available(v.from)) === null,
          'form.quantity',
        ],
        ['quantity', available(v.from) === 0, 'form.quantity'],
      ]),
    body: (v) => {
      const [kind, id] = v.from.split(':') as [ItemHolder['kind'], string];
      return {
        holder: v.from === '' ? null : { kind, id },
        quantity: Number(v.quantity),
        reason: v.reason || 'lost',
        evidenceRef: v.evidenceRef.trim(),
        writtenOffOn: v.writtenOffOn,
      };
    },
  };
};

export interface TransferPlanValues {
  readonly fromCentreId: string;
  readonly toCentreId: string;
  /** Vehicles of the centre it leaves, at home. */
  readonly vehicleIds: string[];
  /** Member ids written one after another (logistics may not read the member register: no picker). */
  readonly memberIds: string;
  readonly plannedOn: string;
  readonly reason: string;
}

/**
 * A base transfer planned: from one centre to another, who (members, by id) and what (vehicles of the centre it
 * leaves) moves, on which day and why. Nothing moves until it starts.
 */
export const transferPlanForm: CommandForm<TransferPlanValues, PlanBaseTransfer> = {
  defaults: (today) => ({
    fromCentreId: '',
    toCentreId: '',
    vehicleIds: [],
    memberIds: '',
    plannedOn: today,
    reason: '',
  }),
  validate: (v) => {
    const members = idsIn(v.memberIds);
    return problems<TransferPlanValues>([
      ['fromCentreId', v.fromCentreId === '', 'transfers.plan.required'],
      ['toCentreId', v.toCentreId === '', 'transfers.plan.required'],
      ['plannedOn', !isDay(v.plannedOn), 'transfers.plan.required'],
      ['reason', !filled(v.reason), 'transfers.plan.required'],
      // As the service: BASE_TRANSFER_SAME_CENTRE, BASE_TRANSFER_EMPTY.
      ['toCentreId', v.toCentreId !== '' && v.toCentreId === v.fromCentreId, 'transfers.plan.sameCentre'],
      ['memberIds', !members.every(isUuid), 'transfers.plan.memberIds'],
      ['vehicleIds', members.length === 0 && v.vehicleIds.length === 0, 'transfers.plan.nothingToMove'],
    ]);
  },
  body: (v) => ({
    fromCentreId: v.fromCentreId,
    toCentreId: v.toCentreId,
    memberIds: idsIn(v.memberIds),
    vehicleIds: [...new Set(v.vehicleIds)],
    plannedOn: v.plannedOn,
    reason: v.reason.trim(),
  }),
};

export interface TransferStartValues {
  readonly reason: string;
}

/** A base transfer under way: the convoy leaves (a word on it, optional). */
export const transferStartForm: CommandForm<TransferStartValues, StartBaseTransfer> = {
  defaults: () => ({ reason: '' }),
  validate: () => ({}),
  body: (v) => optional('reason', v.reason),
};

export interface TransferCancelValues {
  readonly reason: string;
}

/** A base transfer called off: why (the vehicles already sent are brought back by equipment). */
export const transferCancelForm: CommandForm<TransferCancelValues, CancelBaseTransfer> = {
  defaults: () => ({ reason: '' }),
  validate: (v) => problems<TransferCancelValues>([['reason', !filled(v.reason), 'transfers.cancel.reasonRequired']]),
  body: (v) => ({ reason: v.reason.trim() }),
};

export interface TransferConfirmValues {
  readonly effectiveOn: string;
}

/** A base transfer confirmed by the receiving commander: the day its members join the centre (not after today). */
export const transferConfirmForm: CommandForm<TransferConfirmValues, ConfirmBaseTransfer> = {
  defaults: (today) => ({ effectiveOn: today }),
  validate: (v, today) =>
    problems<TransferConfirmValues>([
      ['effectiveOn', !isDay(v.effectiveOn), 'form.required'],
      ['effectiveOn', v.effectiveOn > today, 'command.notInFuture'],
    ]),
  body: (v) => ({ effectiveOn: v.effectiveOn }),
};
