import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuthenticatedUser, assertCentreScope } from '@muster/auth';
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
  @ApiProperty() assignments!: { centreId: string; from: string; until: string | null; reason: string }[];
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
 * A commander may look at members of their own centres only: a member belongs to their current centre, or as an
 * applicant to the centre they asked for.
 */
function assertInScope(user: AuthenticatedUser, centreId: string | null, preferredCentreId: string | null): void {
  assertCentreScope(user, centreId ?? preferredCentreId ?? '');
}

export function assertMemberInScope(
  user: AuthenticatedUser,
  state: MemberState,
  preferredCentreId: string | null,
): void {
  assertInScope(user, currentCentreOf(state), preferredCentreId);
}

export function assertProfileInScope(user: AuthenticatedUser, row: MemberProfileRow): void {
  assertInScope(user, row.centreId, row.preferredCentreId);
}
