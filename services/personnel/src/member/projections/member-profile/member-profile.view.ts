import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuthenticatedUser, inCentreScope } from '@muster/auth';
import { MEMBER_ROLES, MemberOrigin, MemberRole } from '../../domain/member.events';
import { MemberState, MemberStatus, currentCentreOf } from '../../domain/member.decider';
import { MemberProfileRow } from './member-profile.projection';

export const MEMBER_STATUSES: readonly MemberStatus[] = [
  'applied',
  'cleared',
  'rejected',
  'active',
  'suspended',
  'on-leave',
  'killed',
  'departed',
];

export class MemberLeave {
  @ApiProperty({ type: String, format: 'date' }) from!: string;
  @ApiProperty({ type: String, format: 'date' }) until!: string;
}

/** How a member came: `direct`, or with an `integrated-crew` (then `intakeId`, and always a probation end). */
export class MemberOriginView {
  @ApiProperty({ enum: ['direct', 'integrated-crew'] }) readonly kind!: MemberOrigin['kind'];
  @ApiPropertyOptional({ format: 'uuid', description: 'integrated-crew only' }) readonly intakeId?: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null: direct, without probation' })
  readonly probationEndsOn!: string | null;
}

export class MemberAssignment {
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: String, format: 'date' }) from!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) until!: string | null;
  @ApiProperty({ enum: ['onboarded', 'transferred'], description: 'how it began (why: the timeline)' })
  reason!: 'onboarded' | 'transferred';
}

export class MemberInjury {
  @ApiProperty({ type: String, format: 'date' }) injuredOn!: string;
  @ApiProperty() inLineOfDuty!: boolean;
  @ApiProperty({ type: String, nullable: true }) incidentRef!: string | null;
}

export class MemberDeath {
  @ApiProperty({ type: String, format: 'date' }) diedOn!: string;
  @ApiProperty() incidentRef!: string;
}

export class MemberDeparture {
  @ApiProperty({ type: String, format: 'date' }) departedOn!: string;
  @ApiProperty() reason!: string;
}

/** A member as operations see them: call-sign, status, centre, roles, service dates. Never the legal identity. */
export class MemberProfile {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ type: 'integer', description: 'its stream version (also the ETag)' }) version!: number;
  @ApiProperty() callSign!: string;
  @ApiProperty({ enum: MEMBER_STATUSES }) status!: MemberStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) centreId!: string | null;
  @ApiProperty({ enum: MEMBER_ROLES, isArray: true }) roles!: MemberRole[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) appliedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) probationEndsOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) suspendedSince!: string | null;
  @ApiProperty({ type: MemberLeave, nullable: true }) leave!: MemberLeave | null;
  @ApiProperty({ type: MemberOriginView, nullable: true }) origin!: MemberOrigin | null;
  @ApiProperty({ type: [MemberAssignment], description: 'each with how it began: `onboarded` or `transferred`' })
  assignments!: MemberAssignment[];
  @ApiProperty({ type: [MemberInjury] }) injuries!: MemberInjury[];
  @ApiProperty({ type: MemberDeath, nullable: true }) death!: MemberDeath | null;
  @ApiProperty({ type: MemberDeparture, nullable: true }) departure!: MemberDeparture | null;
  @ApiProperty({ enum: ['held', 'erased'] }) identity!: 'held' | 'erased';
}

/** The profile of a row of member_profiles. */
export function memberProfileOfRow(row: MemberProfileRow): MemberProfile {
  return {
    memberId: row.memberId,
    version: row.version,
    callSign: row.callSign,
    status: row.status,
    centreId: row.centreId,
    roles: [...row.roles],
    appliedOn: row.appliedOn,
    startedOn: row.startedOn,
    probationEndsOn: row.probationEndsOn,
    suspendedSince: row.suspendedSince,
    leave: row.leave,
    origin: row.origin,
    assignments: row.assignments.map((a) => ({ ...a })),
    injuries: row.injuries.map((i) => ({ ...i })),
    death: row.death,
    departure: row.departure,
    identity: row.identityErased ? 'erased' : 'held',
  };
}

/** The profile of a state folded at read time (a past date: `?asOf=`). */
export function memberProfileOf(memberId: string, state: MemberState, version: number): MemberProfile {
  return {
    memberId,
    version,
    callSign: state.callSign ?? '',
    status: state.status,
    centreId: currentCentreOf(state),
    roles: [...state.roles],
    appliedOn: state.appliedOn,
    startedOn: state.startedOn,
    probationEndsOn: state.probationEndsOn,
    suspendedSince: state.suspendedSince,
    leave: state.leave,
    origin: state.origin,
    assignments: state.assignments.map((a) => ({ ...a })),
    injuries: state.injuries.map((i) => ({ ...i })),
    death: state.death,
    departure: state.departure,
    identity: state.identity?.erased ? 'erased' : 'held',
  };
}

/**
 * The centre a member belongs to for a commander's scope: where they serve, or last served (a fallen or departed
 * member stays with the centre they served, not the one they once applied to), or as an applicant the centre they
 * asked for.
 */
function scopeCentreOf(
  assignments: readonly { readonly centreId: string }[],
  preferredCentreId: string | null,
): string | null {
  return assignments[assignments.length - 1]?.centreId ?? preferredCentreId;
}

/** An applicant who asked for no centre belongs to none: organisation-wide readers see them, as the roster lists them. */
export function profileInScope(user: AuthenticatedUser, row: MemberProfileRow): boolean {
  const centreId = scopeCentreOf(row.assignments, row.preferredCentreId);
  return centreId === null ? user.scope.kind === 'all' : inCentreScope(user.scope, centreId);
}
