import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuthenticatedUser, assertCentreScope } from '@muster/auth';
import { MEMBER_ROLES, MemberOrigin, MemberRole } from '../../domain/member.events';
import { MemberState, MemberStatus, currentCentreOf } from '../../domain/member.decider';

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

/** The centre a member belongs to for access: their current centre, or for an applicant the centre they asked for. */
export function scopeCentreOf(state: MemberState, preferredCentreId: string | null): string | null {
  return currentCentreOf(state) ?? preferredCentreId;
}

/** A commander may look at members of their own centres only (see scopeCentreOf). */
export function assertMemberInScope(
  user: AuthenticatedUser,
  state: MemberState,
  preferredCentreId: string | null,
): void {
  assertCentreScope(user, scopeCentreOf(state, preferredCentreId) ?? '');
}
