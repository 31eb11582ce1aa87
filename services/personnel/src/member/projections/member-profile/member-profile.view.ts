import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuthenticatedUser, inCentreScope } from '@muster/auth';
import { MEMBER_ROLES, MemberOrigin, MemberRole } from '../../domain/member.events';
import { MemberState, MemberStatus, currentCentreOf } from '../../domain/member.decider';
import { MemberProfileRow } from './member-profile.projection';

/** A member as operations see them: call-sign, status, centre, roles, service dates. Never the legal identity. */
export class MemberProfile {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty() version!: number;
  @ApiProperty() callSign!: string;
  @ApiProperty() status!: MemberStatus;
  @ApiPropertyOptional({ nullable: true }) centreId!: string | null;
  @ApiProperty({ enum: MEMBER_ROLES, isArray: true }) roles!: MemberRole[];
  @ApiPropertyOptional({ nullable: true }) appliedOn!: string | null;
  @ApiPropertyOptional({ nullable: true }) startedOn!: string | null;
  @ApiPropertyOptional({ nullable: true }) probationEndsOn!: string | null;
  @ApiPropertyOptional({ nullable: true }) suspendedSince!: string | null;
  @ApiPropertyOptional({ nullable: true }) leave!: { from: string; until: string } | null;
  @ApiPropertyOptional({ nullable: true }) origin!: MemberOrigin | null;
  @ApiProperty({ description: 'each with how it began: `onboarded` or `transferred` (why: the timeline)' })
  assignments!: { centreId: string; from: string; until: string | null; reason: 'onboarded' | 'transferred' }[];
  @ApiProperty() injuries!: { injuredOn: string; inLineOfDuty: boolean; incidentRef: string | null }[];
  @ApiPropertyOptional({ nullable: true }) death!: { diedOn: string; incidentRef: string } | null;
  @ApiPropertyOptional({ nullable: true }) departure!: { departedOn: string; reason: string } | null;
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

export function profileInScope(user: AuthenticatedUser, row: MemberProfileRow): boolean {
  const centreId = scopeCentreOf(row.assignments, row.preferredCentreId);
  return centreId !== null && inCentreScope(user.scope, centreId);
}
