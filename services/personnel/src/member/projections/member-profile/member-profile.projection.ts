import { RecordedOf, unreachable } from '@muster/event-sourcing';
import { SqlTransaction, inlineProjection } from '@muster/event-store';
import { ProtectedIdentityRef } from '../../../identity';
import { IsoDate } from '@muster/event-sourcing';
import { memberCatalogue } from '../../domain/member.catalogue';
import { MemberStatus } from '../../domain/member.decider';
import { DepartureReason, MemberEvent, MemberOrigin, MemberRole } from '../../domain/member.events';

interface ProfileAssignment {
  readonly centreId: string;
  readonly from: IsoDate;
  readonly until: IsoDate | null;
  /** How it began (the free text of a transfer is the member's, sealed in its event: see the timeline). */
  readonly reason: 'onboarded' | 'transferred';
}

/**
 * A row of `member_profiles`: what the profile, the roster, the export and the name search read. Its own shape, folded
 * from the events by `evolveProfile`, so that a change to the decider's state never changes this table.
 */
export interface MemberProfileRow {
  readonly memberId: string;
  /** The member stream's version: every event of the stream moves it. */
  readonly version: number;
  readonly callSign: string;
  readonly status: MemberStatus;
  /** The centre of the open assignment, if any. */
  readonly centreId: string | null;
  /** The centre an applicant asked for: a commander's scope before the member has a centre. */
  readonly preferredCentreId: string | null;
  readonly roles: readonly MemberRole[];
  readonly appliedOn: IsoDate | null;
  readonly startedOn: IsoDate | null;
  readonly probationEndsOn: IsoDate | null;
  readonly suspendedSince: IsoDate | null;
  readonly leave: { readonly from: IsoDate; readonly until: IsoDate } | null;
  readonly origin: MemberOrigin | null;
  readonly assignments: readonly ProfileAssignment[];
  readonly injuries: readonly {
    readonly injuredOn: IsoDate;
    readonly inLineOfDuty: boolean;
    readonly incidentRef: string | null;
  }[];
  readonly death: { readonly diedOn: IsoDate; readonly incidentRef: string } | null;
  readonly departure: { readonly departedOn: IsoDate; readonly reason: DepartureReason } | null;
  readonly identityErased: boolean;
  /** The current sealed identity (ciphertext only); null once erased. */
  readonly identityRef: ProtectedIdentityRef | null;
}

/** The columns of `member_profiles`, named as MemberProfileRow's fields. */
export const PROFILE_COLUMNS = `member_id AS "memberId", version, call_sign AS "callSign", status,
  centre_id AS "centreId", preferred_centre_id AS "preferredCentreId", roles, applied_on AS "appliedOn",
  started_on AS "startedOn", probation_ends_on AS "probationEndsOn", suspended_since AS "suspendedSince", leave,
  origin, assignments, injuries, death, departure, identity_erased AS "identityErased", identity_ref AS "identityRef"`;

const newProfile = (memberId: string): MemberProfileRow => ({
  memberId,
  version: 0,
  callSign: '',
  status: 'prospective',
  centreId: null,
  preferredCentreId: null,
  roles: [],
  appliedOn: null,
  startedOn: null,
  probationEndsOn: null,
  suspendedSince: null,
  leave: null,
  origin: null,
  assignments: [],
  injuries: [],
  death: null,
  departure: null,
  identityErased: false,
  identityRef: null,
});

function closeOpenAssignment(assignments: readonly ProfileAssignment[], until: IsoDate): ProfileAssignment[] {
  return assignments.map((a, i) => (i === assignments.length - 1 && a.until === null ? { ...a, until } : a));
}

/** A corrected death or departure date also corrects the day the last assignment closed on. */
function moveLastClosingDate(assignments: readonly ProfileAssignment[], until: IsoDate): ProfileAssignment[] {
  return assignments.map((a, i) => (i === assignments.length - 1 ? { ...a, until } : a));
}

function centreOf(assignments: readonly ProfileAssignment[]): string | null {
  const last = assignments.at(-1);
  return last && last.until === null ? last.centreId : null;
}

/** What one event changes in the profile (the centre follows from the assignments, the version from the event). */
function applyEvent(profile: MemberProfileRow, event: RecordedOf<MemberEvent>): MemberProfileRow {
  switch (event.type) {
    case 'MemberApplied':
      return {
        ...profile,
        status: 'applied',
        callSign: event.data.callSign,
        appliedOn: event.data.appliedOn,
        preferredCentreId: event.data.preferredCentreId,
        identityRef: event.data.identity,
      };
    case 'MemberVetted':
      return { ...profile, status: event.data.outcome };
    case 'MemberOnboarded':
      return {
        ...profile,
        status: 'active',
        origin: event.data.origin,
        startedOn: event.data.startsOn,
        roles: event.data.roles,
        assignments: [{ centreId: event.data.centreId, from: event.data.startsOn, until: null, reason: 'onboarded' }],
        probationEndsOn: event.data.origin.probationEndsOn,
      };
    case 'MemberTransferred':
      return {
        ...profile,
        assignments: [
          ...closeOpenAssignment(profile.assignments, event.data.effectiveOn),
          { centreId: event.data.toCentreId, from: event.data.effectiveOn, until: null, reason: 'transferred' },
        ],
      };
    case 'MemberRolesChanged':
      return { ...profile, roles: event.data.roles };
    case 'MemberSuspended':
      return { ...profile, status: 'suspended', suspendedSince: event.data.since };
    case 'MemberReinstated':
      return { ...profile, status: 'active', suspendedSince: null };
    case 'MemberWentOnLeave':
      return { ...profile, status: 'on-leave', leave: { from: event.data.from, until: event.data.until } };
    case 'MemberReturnedFromLeave':
      return { ...profile, status: 'active', leave: null };
    case 'MemberInjured': {
      const { injuredOn, inLineOfDuty, incidentRef } = event.data;
      return { ...profile, injuries: [...profile.injuries, { injuredOn, inLineOfDuty, incidentRef }] };
    }
    case 'MemberKilledInLineOfDuty':
      return {
        ...profile,
        status: 'killed',
        death: { diedOn: event.data.diedOn, incidentRef: event.data.incidentRef },
        assignments: closeOpenAssignment(profile.assignments, event.data.diedOn),
        leave: null,
        suspendedSince: null,
        probationEndsOn: null,
      };
    case 'MemberDeparted':
      return {
        ...profile,
        status: 'departed',
        departure: { departedOn: event.data.departedOn, reason: event.data.reason },
        assignments: closeOpenAssignment(profile.assignments, event.data.departedOn),
        leave: null,
        suspendedSince: null,
        probationEndsOn: null,
      };
    case 'MemberProbationConfirmed':
    case 'MemberProbationEnded':
      return { ...profile, probationEndsOn: null };
    case 'MemberProbationExtended':
      return { ...profile, probationEndsOn: event.data.newEndsOn };
    case 'MemberIdentityUpdated':
      return { ...profile, identityRef: event.data.identity };
    case 'MemberIdentityErased':
      return { ...profile, identityErased: true, identityRef: null };
    case 'MemberRecordCorrected': {
      const c = event.data.correction;
      switch (c.kind) {
        case 'call-sign':
          return { ...profile, callSign: c.callSign };
        case 'death-record':
          return {
            ...profile,
            death: { diedOn: c.diedOn, incidentRef: c.incidentRef },
            assignments: moveLastClosingDate(profile.assignments, c.diedOn),
          };
        case 'departure-record':
          return {
            ...profile,
            departure: { departedOn: c.departedOn, reason: c.reason },
            assignments: moveLastClosingDate(profile.assignments, c.departedOn),
          };
        case 'final-status-revoked': {
          // Back to active service at the centre the member was recorded at: their last assignment reopens.
          const last = profile.assignments.at(-1);
          const assignments = last ? [...profile.assignments.slice(0, -1), { ...last, until: null }] : [];
          return { ...profile, status: 'active', death: null, departure: null, assignments };
        }
        default:
          return unreachable(c);
      }
    }
    default:
      return unreachable(event);
  }
}

/** The profile after one more event of the member's stream. */
export function evolveProfile(profile: MemberProfileRow, event: RecordedOf<MemberEvent>): MemberProfileRow {
  const next = applyEvent(profile, event);
  return { ...next, version: event.streamVersion, centreId: centreOf(next.assignments) };
}

const json = (value: object | null): string | null => (value === null ? null : JSON.stringify(value));

async function save(tx: SqlTransaction, p: MemberProfileRow): Promise<void> {
  await tx.query(
    `INSERT INTO member_profiles (member_id, version, call_sign, status, centre_id, preferred_centre_id, roles,
       applied_on, started_on, probation_ends_on, suspended_since, leave, origin, assignments, injuries, death,
       departure, identity_erased, identity_ref)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
     ON CONFLICT (member_id) DO UPDATE SET version = EXCLUDED.version, call_sign = EXCLUDED.call_sign,
       status = EXCLUDED.status, centre_id = EXCLUDED.centre_id, preferred_centre_id = EXCLUDED.preferred_centre_id,
       roles = EXCLUDED.roles, applied_on = EXCLUDED.applied_on, started_on = EXCLUDED.started_on,
       probation_ends_on = EXCLUDED.probation_ends_on, suspended_since = EXCLUDED.suspended_since,
       leave = EXCLUDED.leave, origin = EXCLUDED.origin, assignments = EXCLUDED.assignments,
       injuries = EXCLUDED.injuries, death = EXCLUDED.death, departure = EXCLUDED.departure,
       identity_erased = EXCLUDED.identity_erased, identity_ref = EXCLUDED.identity_ref`,
    [
      p.memberId,
      p.version,
      p.callSign,
      p.status,
      p.centreId,
      p.preferredCentreId,
      [...p.roles],
      p.appliedOn,
      p.startedOn,
      p.probationEndsOn,
      p.suspendedSince,
      // jsonb parameters as JSON text (the driver would send arrays as PostgreSQL arrays); SQL NULL for none.
      json(p.leave),
      json(p.origin),
      json(p.assignments),
      json(p.injuries),
      json(p.death),
      json(p.departure),
      p.identityErased,
      json(p.identityRef),
    ],
  );
}

/**
 * Keeps `member_profiles` (profile, roster, export, name search) in the append transaction, event by event.
 * Idempotent: an event at or below the stored version changes nothing.
 */
export const memberProfileProjection = inlineProjection({
  name: 'member-profiles',
  catalogue: memberCatalogue,
  async apply(event, tx) {
    const memberId = memberCatalogue.idOf(event.streamId);
    const [row] = await tx.query<MemberProfileRow>(
      `SELECT ${PROFILE_COLUMNS} FROM member_profiles WHERE member_id = $1 FOR UPDATE`,
      [memberId],
    );
    if (row && row.version >= event.streamVersion) return;
    await save(tx, evolveProfile(row ?? newProfile(memberId), event));
  },
});
