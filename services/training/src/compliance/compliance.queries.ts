import { Controller, Get, Injectable, Param, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  IntersectionType,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles, assertCentreScope } from '@muster/auth';
import { MEMBER_ROLES } from '@muster/contracts';
import { dateOf, DomainError, IsoDate } from '@muster/event-sourcing';
import { AsOfQuery, asOfInstant, PageOf, PageQuery } from '@muster/platform';
import { memberStandingOn, Standing } from '../members';

/** Why a required competency is not met on the day. */
export const SHORTFALLS = ['missing', 'expired', 'suspended', 'revoked'] as const;
export type Shortfall = (typeof SHORTFALLS)[number];

const MEMBER_STATUSES = [
  'active',
  'suspended',
  'on-leave',
  'killed',
  'departed',
] as const satisfies readonly Standing['status'][];

export class Lack {
  @ApiProperty() competency!: string;
  @ApiProperty({ enum: SHORTFALLS }) reason!: Shortfall;
  /** The certification that would have met it (null: none held). */
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the certification that would have met it',
  })
  certificationId!: string | null;
}

export class MemberCompliance {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ type: String, format: 'date' }) on!: IsoDate;
  @ApiProperty({ enum: MEMBER_STATUSES }) status!: Standing['status'];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) centreId!: string | null;
  @ApiProperty({ enum: MEMBER_ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ type: [String], description: 'the competencies their roles require that day' }) required!: string[];
  @ApiProperty({ type: [Lack] }) lacking!: Lack[];
}

export class CentreNonCompliance extends PageOf(MemberCompliance) {
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: String, format: 'date' }) on!: IsoDate;
}

export class ExpiringCertification {
  @ApiProperty({ format: 'uuid' }) certificationId!: string;
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) centreId!: string | null;
  @ApiProperty() competency!: string;
  @ApiProperty({ type: String, format: 'date' }) expiresOn!: IsoDate;
}

export class ExpiringCertifications extends PageOf(ExpiringCertification) {
  @ApiProperty({ type: String, format: 'date' }) on!: IsoDate;
  @ApiProperty({ type: String, format: 'date', description: 'the last day of the window' }) until!: IsoDate;
}

/** A page of a list on a date (`?asOf=`, today by default). */
export class CompliancePageQuery extends IntersectionType(PageQuery, AsOfQuery) {}

export class ExpiringQuery extends CompliancePageQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 366, default: 30, description: 'expiring within this many days' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  withinDays = 30;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId?: string;
}

export class MemberIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId!: string;
}

export class CentreIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId!: string;
}

const memberNotKnown = (on: IsoDate) =>
  new DomainError('MEMBER_NOT_KNOWN', `Training knows of no such member on ${on}`, 'not-found', { on });

/** The members in service on $1 (killed and departed drop out), narrowed by the caller's clause on `p`. */
const inService = (where: string) => `
  SELECT p.member_id, p.status, p.centre_id, p.roles FROM training_member_periods p
   WHERE ${where} AND p.valid_from <= $1::date AND (p.valid_until IS NULL OR p.valid_until > $1::date)
     AND p.status NOT IN ('killed', 'departed')`;

/**
 * Each member's required competencies on $1 (their roles' requirements that day) and, for each, the best
 * certification they held that day: valid, else suspended, expired, revoked — none is `missing`.
 */
const compliance = (members: string) => `
  WITH m AS (${members}),
  req AS (
    SELECT DISTINCT m.member_id, c.competency
      FROM m JOIN role_requirements r ON r.role = ANY (m.roles)
                AND r.valid_from <= $1::date AND (r.valid_until IS NULL OR r.valid_until > $1::date)
      CROSS JOIN LATERAL unnest(r.competencies) AS c(competency)
  ),
  held AS (
    SELECT req.member_id, req.competency, best.status, best.certification_id
      FROM req LEFT JOIN LATERAL (
        SELECT cp.status, cp.certification_id FROM compliance_certification_periods cp
         WHERE cp.member_id = req.member_id AND cp.competency = req.competency
           AND cp.valid_from <= $1::date AND (cp.valid_until IS NULL OR cp.valid_until > $1::date)
         ORDER BY array_position(ARRAY['valid', 'suspended', 'expired', 'revoked'], cp.status)
         LIMIT 1) best ON true
  )
  SELECT m.member_id, m.status, m.centre_id, m.roles,
         coalesce(array_agg(h.competency ORDER BY h.competency) FILTER (WHERE h.competency IS NOT NULL), '{}') AS required,
         coalesce(json_agg(json_build_object('competency', h.competency, 'reason', coalesce(h.status, 'missing'),
                    'certificationId', h.certification_id) ORDER BY h.competency)
                  FILTER (WHERE h.competency IS NOT NULL AND h.status IS DISTINCT FROM 'valid'), '[]') AS lacking
    FROM m LEFT JOIN held h ON h.member_id = m.member_id
   GROUP BY m.member_id, m.status, m.centre_id, m.roles`;

interface ComplianceRow {
  member_id: string;
  status: Standing['status'];
  centre_id: string | null;
  roles: string[];
  required: string[];
  lacking: Lack[];
}

const complianceOf = (on: IsoDate, r: ComplianceRow): MemberCompliance => ({
  memberId: r.member_id,
  on,
  status: r.status,
  centreId: r.centre_id,
  roles: r.roles,
  required: r.required,
  lacking: r.lacking,
});

const dayOf = (asOf: string | undefined): IsoDate => dateOf(asOf ? asOfInstant(asOf) : new Date());

/** Compliance with the role requirements, on any day: from the members', requirements' and certifications' periods. */
@Injectable()
export class Compliance {
  constructor(private readonly dataSource: DataSource) {}

  /** What one member lacks on a day (a killed or departed member: nothing is required any more). */
  async ofMember(user: AuthenticatedUser, memberId: string, on: IsoDate): Promise<MemberCompliance> {
    const standing = await memberStandingOn(this.dataSource, memberId, on);
    if (standing === null) throw memberNotKnown(on);
    if (user.scope.kind === 'centres') assertCentreScope(user, standing.centreId ?? '');
    const [row] = await this.dataSource.query<ComplianceRow[]>(compliance(inService('p.member_id = $2')), [
      on,
      memberId,
    ]);
    return row
      ? complianceOf(on, row)
      : { memberId, on, ...standing, roles: [...standing.roles], required: [], lacking: [] };
  }

  /** A centre's members who lack something on a day, paged. */
  async notCompliant(centreId: string, on: IsoDate, page: PageQuery): Promise<CentreNonCompliance> {
    const rows = await this.dataSource.query<(ComplianceRow & { total: string })[]>(
      `SELECT *, count(*) OVER () AS total FROM (${compliance(inService('p.centre_id = $2'))}) c
        WHERE json_array_length(c.lacking) > 0 ORDER BY c.member_id LIMIT $3 OFFSET $4`,
      [on, centreId, page.limit, page.offset],
    );
    return {
      centreId,
      on,
      items: rows.map((r) => complianceOf(on, r)),
      total: Number(rows[0]?.total ?? 0),
      limit: page.limit,
      offset: page.offset,
    };
  }

  /** Certifications valid on the day whose last valid day falls within the window, the soonest first. */
  async expiring(centres: string[] | null, on: IsoDate, query: ExpiringQuery): Promise<ExpiringCertifications> {
    const until = dateOf(new Date(Date.parse(`${on}T00:00:00Z`) + query.withinDays * 86_400_000));
    const rows = await this.dataSource.query<(ExpiringCertification & { total: string })[]>(
      `SELECT cp.certification_id AS "certificationId", cp.member_id AS "memberId", m.centre_id AS "centreId",
              cp.competency, cp.expires_on::text AS "expiresOn", count(*) OVER () AS total
         FROM compliance_certification_periods cp
         JOIN training_member_periods m ON m.member_id = cp.member_id
          AND m.valid_from <= $1::date AND (m.valid_until IS NULL OR m.valid_until > $1::date)
        WHERE cp.status = 'valid' AND cp.expires_on IS NOT NULL AND cp.expires_on >= $1::date AND cp.expires_on <= $2::date
          AND cp.valid_from <= $1::date AND (cp.valid_until IS NULL OR cp.valid_until > $1::date)
          AND m.status NOT IN ('killed', 'departed') AND ($3::uuid[] IS NULL OR m.centre_id = ANY ($3))
        ORDER BY cp.expires_on, cp.member_id, cp.certification_id LIMIT $4 OFFSET $5`,
      [on, until, centres, query.limit, query.offset],
    );
    return {
      on,
      until,
      items: rows.map(({ total: _total, ...item }) => item),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }
}

/** Training managers, HR, admins and auditors read everything; commanders their own centre. */
const READERS = ['training', 'admin', 'hr', 'auditor', 'commander'] as const;

@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly compliance: Compliance) {}

  @Get('members/:memberId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'What a member lacks for their roles (missing, expired, suspended, revoked), on any date' })
  @ApiOkResponse({ type: MemberCompliance })
  member(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: MemberIdParam,
    @Query() query: AsOfQuery,
  ): Promise<MemberCompliance> {
    return this.compliance.ofMember(user, params.memberId, dayOf(query.asOf));
  }

  @Get('centres/:centreId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A centre’s members who are not compliant with their roles’ requirements, on any date' })
  @ApiOkResponse({ type: CentreNonCompliance })
  centre(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CentreIdParam,
    @Query() query: CompliancePageQuery,
  ): Promise<CentreNonCompliance> {
    assertCentreScope(user, params.centreId);
    return this.compliance.notCompliant(params.centreId, dayOf(query.asOf), query);
  }

  @Get('expiring')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Certifications expiring within N days of a date (commanders: their centres’ members)' })
  @ApiOkResponse({ type: ExpiringCertifications })
  expiring(@CurrentUser() user: AuthenticatedUser, @Query() query: ExpiringQuery): Promise<ExpiringCertifications> {
    if (query.centreId) assertCentreScope(user, query.centreId);
    const centres = query.centreId
      ? [query.centreId]
      : user.scope.kind === 'centres'
        ? [...user.scope.centreIds]
        : null;
    return this.compliance.expiring(centres, dayOf(query.asOf), query);
  }
}
