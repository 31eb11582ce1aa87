import { PostgresEventStore } from '@muster/event-store';
import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles, assertCentreScope } from '@muster/auth';
import { asOfInstant, AsOfQuery, PageOf, PageQuery } from '@muster/platform';
import { ProtectedIdentityRef } from '../../../identity';
import { MemberStatus } from '../../domain/member.decider';
import { MemberErrors } from '../../domain/member.errors';
import { MEMBER_ROLES, MemberRole } from '../../domain/member.events';
import { memberAggregate } from '../../member.aggregate';
import { MemberIdParam, MemberController } from '../../member.routes';
import { MemberProfileRow, PROFILE_COLUMNS } from './member-profile.projection';
import {
  MEMBER_STATUSES,
  MemberProfile,
  profileInScope,
  memberProfileOf,
  memberProfileOfRow,
} from './member-profile.view';

export class RosterQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  centreId?: string;

  @ApiPropertyOptional({ enum: MEMBER_STATUSES })
  @IsOptional()
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus;

  @ApiPropertyOptional({ enum: MEMBER_ROLES })
  @IsOptional()
  @IsIn(MEMBER_ROLES)
  role?: MemberRole;
}

export class RosterPage extends PageOf(MemberProfile) {}

/** Reads of the member_profiles read model, scoped to the caller's centres. */
@Injectable()
export class MemberProfiles {
  constructor(private readonly dataSource: DataSource) {}

  async roster(
    user: AuthenticatedUser,
    // Filters as the query sends them, or as an export recorded them (null: any).
    query: { [K in 'centreId' | 'status' | 'role']?: string | null } & Pick<RosterQuery, 'limit' | 'offset'>,
  ): Promise<RosterPage> {
    if (query.centreId) assertCentreScope(user, query.centreId);
    const centres = query.centreId
      ? [query.centreId]
      : user.scope.kind === 'centres'
        ? [...user.scope.centreIds]
        : null;
    const rows = await this.dataSource.query<(MemberProfileRow & { total: string })[]>(
      `SELECT ${PROFILE_COLUMNS}, count(*) OVER () AS total
         FROM member_profiles
        WHERE ($1::text[] IS NULL OR centre_id = ANY($1::text[]))
          AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR $3 = ANY(roles))
        ORDER BY call_sign, member_id LIMIT $4 OFFSET $5`,
      [centres, query.status ?? null, query.role ?? null, query.limit, query.offset],
    );
    return {
      items: rows.map(memberProfileOfRow),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** Profiles of the given members (no centre scope: for callers that already checked the caller's roles). */
  async byIds(memberIds: readonly string[]): Promise<MemberProfile[]> {
    const rows = await this.dataSource.query<MemberProfileRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM member_profiles WHERE member_id = ANY($1::uuid[])`,
      [memberIds],
    );
    return rows.map(memberProfileOfRow);
  }

  /** The current sealed identities of the given members (absent once erased): one indexed read. */
  async identityRefs(memberIds: readonly string[]): Promise<Map<string, ProtectedIdentityRef>> {
    const rows = await this.dataSource.query<{ member_id: string; identity_ref: ProtectedIdentityRef }[]>(
      `SELECT member_id, identity_ref FROM member_profiles
        WHERE member_id = ANY($1::uuid[]) AND identity_ref IS NOT NULL`,
      [memberIds],
    );
    return new Map(rows.map((r) => [r.member_id, r.identity_ref]));
  }

  /** The member's profile: MEMBER_NOT_FOUND, also outside the caller's centres (one indexed read). */
  async profile(user: AuthenticatedUser, memberId: string): Promise<MemberProfile> {
    return (await this.record(user, memberId)).profile;
  }

  /** The profile with the member's current sealed identity (null once erased); scoped like `profile`. */
  async record(
    user: AuthenticatedUser,
    memberId: string,
  ): Promise<{ profile: MemberProfile; identityRef: ProtectedIdentityRef | null }> {
    const row = await this.row(memberId);
    // Outside the caller's centres answers exactly like unknown: nothing confirms the member exists.
    if (!row || !profileInScope(user, row)) throw MemberErrors.notFound();
    return { profile: memberProfileOfRow(row), identityRef: row.identityRef };
  }

  /** The row without any scope: for a caller that must record a refusal before giving it. */
  async row(memberId: string): Promise<MemberProfileRow | undefined> {
    const [row] = await this.dataSource.query<MemberProfileRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM member_profiles WHERE member_id = $1`,
      [memberId],
    );
    return row;
  }
}

@MemberController()
export class MemberProfileController {
  constructor(
    private readonly profiles: MemberProfiles,
    private readonly store: PostgresEventStore,
  ) {}

  @Get()
  @Roles('hr', 'admin', 'auditor', 'commander')
  @ApiOperation({ summary: 'The roster: members by centre, status and role, paged (commanders: their centres only)' })
  @ApiOkResponse({ type: RosterPage })
  roster(@CurrentUser() user: AuthenticatedUser, @Query() query: RosterQuery): Promise<RosterPage> {
    return this.profiles.roster(user, query);
  }

  @Get(':memberId')
  @Roles('hr', 'admin', 'auditor', 'commander')
  @ApiOperation({ summary: 'A member’s operational profile, now or as of a past date (?asOf=)' })
  @ApiOkResponse({ type: MemberProfile })
  async profile(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { memberId }: MemberIdParam,
    @Query() { asOf }: AsOfQuery,
  ): Promise<MemberProfile> {
    // Scope is decided on the current record, before any past state is loaded and folded.
    const current = await this.profiles.profile(user, memberId);
    if (asOf === undefined) return current;
    const { state, version } = await memberAggregate.load(this.store, memberId, asOfInstant(asOf));
    return memberProfileOf(memberId, state, version);
  }
}
