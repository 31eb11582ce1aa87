import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { CENTRE_STATUSES } from '@muster/contracts';
import { AuthenticatedUser, CurrentUser, Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { asOfInstant, AsOfQuery, PageOf, PageQuery, Text } from '@muster/platform';
import { CentreController, CentreIdParam, requireCentreInScope } from '../../centre.routes';
import { centreCatalogue } from '../../domain/centre.catalogue';
import { CentreErrors } from '../../domain/centre.errors';
import { CENTRE_TYPES, CentreStatus, CentreType } from '../../domain/centre.events';
import { evolveProfile, newProfile } from './centre-profile.projection';
import { CentreProfile } from './centre-profile.view';

export class CentreListQuery extends PageQuery {
  @IsOptional()
  @Text(60, { required: false })
  governorate?: string;

  @ApiPropertyOptional({ enum: CENTRE_STATUSES })
  @IsOptional()
  @IsIn(CENTRE_STATUSES)
  status?: CentreStatus;

  @ApiPropertyOptional({ enum: CENTRE_TYPES })
  @IsOptional()
  @IsIn(CENTRE_TYPES)
  centreType?: CentreType;
}

/** A line of the centre list. */
export class CentreSummary {
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() code!: string;
  @ApiProperty() nameAr!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() governorate!: string;
  @ApiProperty({ enum: CENTRE_TYPES, nullable: true }) centreType!: CentreType | null;
  @ApiProperty({ enum: CENTRE_STATUSES }) status!: CentreStatus;
  @ApiProperty({ type: String, format: 'date' }) statusSince!: string;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) commanderId!: string | null;
  @ApiProperty({ type: 'integer' }) openHazards!: number;
  @ApiProperty({ type: 'integer' }) openSevereHazards!: number;
}

export class CentrePage extends PageOf(CentreSummary) {}

function summaryOf(p: CentreProfile): CentreSummary {
  return {
    centreId: p.centreId,
    version: p.version,
    code: p.code,
    nameAr: p.nameAr,
    nameEn: p.nameEn,
    governorate: p.governorate,
    centreType: p.centreType,
    status: p.status,
    statusSince: p.statusSince,
    address: p.site?.address ?? null,
    commanderId: p.commander?.memberId ?? null,
    openHazards: p.openHazards.length,
    openSevereHazards: p.openHazards.filter((h) => h.severity === 'severe').length,
  };
}

/** Reads of the centre_profiles read model (commanders: their own centres only) and of the store for past dates. */
@Injectable()
export class CentreProfiles {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PostgresEventStore,
  ) {}

  async list(user: AuthenticatedUser, query: CentreListQuery): Promise<CentrePage> {
    const centres = user.scope.kind === 'centres' ? [...user.scope.centreIds] : null;
    const rows = await this.dataSource.query<{ profile: CentreProfile; total: string }[]>(
      `SELECT profile, count(*) OVER () AS total FROM centre_profiles
        WHERE ($1::text[] IS NULL OR centre_id::text = ANY($1::text[]))
          AND ($2::text IS NULL OR governorate = $2) AND ($3::text IS NULL OR status = $3)
          AND ($4::text IS NULL OR centre_type = $4)
        ORDER BY code, centre_id LIMIT $5 OFFSET $6`,
      [
        centres,
        query.governorate?.trim() ?? null,
        query.status ?? null,
        query.centreType ?? null,
        query.limit,
        query.offset,
      ],
    );
    return {
      items: rows.map((r) => summaryOf(r.profile)),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** The centre's profile now (one indexed read), or as the register knew it at `asOf` (its stream, folded). */
  async profile(user: AuthenticatedUser, centreId: string, asOf?: string): Promise<CentreProfile> {
    requireCentreInScope(user, centreId);
    const profile = asOf === undefined ? await this.current(centreId) : await this.past(centreId, asOfInstant(asOf));
    if (!profile) throw CentreErrors.notFound();
    return profile;
  }

  /** The status of each of the given centres that is registered. */
  async statuses(centreIds: readonly string[]): Promise<Map<string, CentreStatus>> {
    const rows = await this.dataSource.query<{ centre_id: string; status: CentreStatus }[]>(
      `SELECT centre_id, status FROM centre_profiles WHERE centre_id = ANY($1::uuid[])`,
      [centreIds],
    );
    return new Map(rows.map((r) => [r.centre_id, r.status]));
  }

  private async current(centreId: string): Promise<CentreProfile | undefined> {
    const [row] = await this.dataSource.query<{ profile: CentreProfile }[]>(
      `SELECT profile FROM centre_profiles WHERE centre_id = $1`,
      [centreId],
    );
    return row?.profile;
  }

  private async past(centreId: string, asOf: Date): Promise<CentreProfile | undefined> {
    const recorded = await this.store.readStream(centreCatalogue.streamId(centreId), { asOf });
    const events = recorded.flatMap((e) => centreCatalogue.narrow(e) ?? []);
    return events.length === 0 ? undefined : events.reduce(evolveProfile, newProfile(centreId));
  }
}

@CentreController()
export class CentreProfileController {
  constructor(private readonly centres: CentreProfiles) {}

  @Get()
  @Roles('hr', 'logistics', 'training', 'auditor', 'admin', 'commander')
  @ApiOperation({ summary: 'The centres, by governorate, status and type, paged (commanders: their own centres)' })
  @ApiOkResponse({ type: CentrePage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: CentreListQuery): Promise<CentrePage> {
    return this.centres.list(user, query);
  }

  @Get(':centreId')
  @Roles('hr', 'logistics', 'training', 'auditor', 'admin', 'commander')
  @ApiOperation({ summary: 'A centre’s profile with its site and status histories and open hazards, now or ?asOf=' })
  @ApiOkResponse({ type: CentreProfile })
  profile(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { centreId }: CentreIdParam,
    @Query() { asOf }: AsOfQuery,
  ): Promise<CentreProfile> {
    return this.centres.profile(user, centreId, asOf);
  }
}
