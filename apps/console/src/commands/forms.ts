import type {
  AddIntakePerson,
  ArriveVehicle,
  ClearHazard,
  CompleteCrewIntake,
  CordonHazard,
  DispatchVehicle,
  HazardKind,
  HazardSeverity,
  EnrolMember,
  MapPriorRanks,
  OpenCrewIntake,
  MemberRole,
  MemberStatus,
  OnboardMember,
  RecordDeath,
  RecordDeparture,
  RecordInjury,
  RecordResult,
  ReinstateMember,
  ReportHazard,
  ReviewFuelFlag,
  StartLeave,
  SuspendMember,
  TransferMember,
  Vetting,
} from '../api/types';
import { instantOf, isUuid, localNow, wholeNumber } from '../forms';
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

const filled = (text: string): boolean => text.trim() !== '';
const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
/** An optional free-text field of a body: left out when blank. */
const optional = <K extends string>(key: K, text: string): Partial<Record<K, string>> =>
  filled(text) ? ({ [key]: text.trim() } as Record<K, string>) : {};

/** Problems from [field, wrong?, message] checks, the first wrong one per field. */
function problems<V>(checks: readonly (readonly [keyof V & string, boolean, MessageId])[]): Problems<V> {
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

/** A person of the crew: their call-sign, their name in either script or both, and one prior service. */
export interface IntakePersonValues {
  readonly callSign: string;
  readonly arabicOwn: string;
  readonly arabicFather: string;
  readonly arabicFamily: string;
  readonly latinOwn: string;
  readonly latinFather: string;
  readonly latinFamily: string;
  readonly organisation: string;
  readonly rankOrRole: string;
  readonly from: string;
  readonly to: string;
}

/** YYYY, YYYY-MM or YYYY-MM-DD: prior service is often known to the year only. */
const isPartialDate = (value: string): boolean => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.trim());

/** A name's parts in one script, or null when its own name is not given in that script. */
function nameParts(own: string, father: string, family: string) {
  if (!filled(own)) return null;
  const part = (text: string) => (filled(text) ? text.trim() : null);
  return { own: own.trim(), father: part(father), grandfather: null, family: part(family) };
}

export const intakePersonForm = (organisation: string): CommandForm<IntakePersonValues, AddIntakePerson> => ({
  defaults: () => ({
    callSign: '',
    arabicOwn: '',
    arabicFather: '',
    arabicFamily: '',
    latinOwn: '',
    latinFather: '',
    latinFamily: '',
    organisation,
    rankOrRole: '',
    from: '',
    to: '',
  }),
  validate: (v) =>
    problems<IntakePersonValues>([
      ['callSign', !filled(v.callSign), 'intake.person.required'],
      ['arabicOwn', !filled(v.arabicOwn) && !filled(v.latinOwn), 'intake.person.nameRequired'],
      ['organisation', !filled(v.organisation), 'intake.person.required'],
      ['rankOrRole', !filled(v.rankOrRole), 'intake.person.required'],
      ['from', !isPartialDate(v.from), 'intake.person.partialDate'],
      ['to', filled(v.to) && !isPartialDate(v.to), 'intake.person.partialDate'],
    ]),
  body: (v) => ({
    callSign: v.callSign.trim(),
    identity: {
      name: {
        arabic: nameParts(v.arabicOwn, v.arabicFather, v.arabicFamily),
        latin: nameParts(v.latinOwn, v.latinFather, v.latinFamily),
      },
    },
    priorService: [
      {
        organisation: v.organisation.trim(),
        rankOrRole: v.rankOrRole.trim(),
        from: v.from.trim(),
        to: filled(v.to) ? v.to.trim() : null,
      },
    ],
  }),
});

/** Mapping prior ranks by the default table: nothing to fill in, the dialog says what will be done. */
export const rankMappingForm: CommandForm<Record<string, never>, MapPriorRanks> = {
  defaults: () => ({}),
  validate: () => ({}),
  body: () => ({}),
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

export type LifeEvent = 'leave' | 'transfer' | 'suspension' | 'reinstatement' | 'injury' | 'death' | 'departure';

/**
 * The life events HR may record on a member in this status, as the service's rules allow them (it still decides:
 * a refusal is shown by its code). A closed record (killed, departed) and an applicant have none here.
 */
export function lifeEventsFor(status: MemberStatus): readonly LifeEvent[] {
  switch (status) {
    case 'active':
      return ['leave', 'transfer', 'suspension', 'injury', 'death', 'departure'];
    case 'on-leave':
      return ['injury', 'death', 'departure'];
    case 'suspended':
      return ['reinstatement', 'injury', 'death', 'departure'];
    case 'applied':
    case 'cleared':
    case 'rejected':
    case 'killed':
    case 'departed':
      return [];
  }
}
