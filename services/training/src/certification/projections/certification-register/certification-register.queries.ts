import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles } from '@muster/auth';
import { IsoDate } from '@muster/event-sourcing';
import { PostgresEventStore } from '@muster/event-store';
import { asOfInstant, AsOfQuery, PageOf, PageQuery } from '@muster/platform';
import { COMPETENCY } from '../../../course/domain/course.commands';
import { memberStanding } from '../../../members';
import { CertificationController, CertificationIdParam } from '../../certification.routes';
import { certificationCatalogue } from '../../domain/certification.catalogue';
import { CertificationErrors } from '../../domain/certification.errors';
import { CERTIFICATION_STATUSES, CertificationStatus } from '../../domain/certification.events';
import { CertificationView, evolveCertificationView } from './certification-view';

export class CertificationListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId?: string;

  @ApiPropertyOptional({ example: 'driving' })
  @IsOptional()
  @Matches(COMPETENCY, { message: 'competency must be lower-case words joined by hyphens, e.g. first-aid' })
  competency?: string;

  @ApiPropertyOptional({ enum: CERTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(CERTIFICATION_STATUSES, { message: `status must be one of: ${CERTIFICATION_STATUSES.join(', ')}` })
  status?: CertificationStatus;
}

export class CertificationPage extends PageOf(CertificationView) {}

/** A commander's centres (null: every centre). */
const centresOf = (user: AuthenticatedUser): string[] | null =>
  user.scope.kind === 'centres' ? [...user.scope.centreIds] : null;

/**
 * Reads of the training_certifications read model. A commander sees the certifications of the members of their
 * centres (as training knows them from personnel).
 */
@Injectable()
export class CertificationRegister {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PostgresEventStore,
  ) {}

  async list(user: AuthenticatedUser, query: CertificationListQuery): Promise<CertificationPage> {
    const rows = await this.dataSource.query<{ view: CertificationView; total: string }[]>(
      `SELECT c.view, count(*) OVER () AS total FROM training_certifications c
        WHERE ($1::uuid[] IS NULL
               OR c.member_id IN (SELECT member_id FROM training_members WHERE centre_id = ANY($1::uuid[])))
          AND ($2::uuid IS NULL OR c.member_id = $2) AND ($3::text IS NULL OR c.competency = $3)
          AND ($4::text IS NULL OR c.status = $4)
        ORDER BY c.issued_on DESC, c.certification_id LIMIT $5 OFFSET $6`,
      [
        centresOf(user),
        query.memberId ?? null,
        query.competency ?? null,
        query.status ?? null,
        query.limit,
        query.offset,
      ],
    );
    return {
      items: rows.map((r) => r.view),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** A certification now, or as the register knew it at `asOf`; CERTIFICATION_NOT_FOUND, also outside a scope. */
  async certification(user: AuthenticatedUser, certificationId: string, asOf?: string): Promise<CertificationView> {
    const recorded = await this.store.readStream(
      certificationCatalogue.streamId(certificationId),
      asOf === undefined ? {} : { asOf: asOfInstant(asOf) },
    );
    const view = recorded.flatMap((e) => certificationCatalogue.narrow(e) ?? []).reduce(evolveCertificationView, null);
    if (view === null) throw CertificationErrors.notFound();
    const centres = centresOf(user);
    if (centres !== null) {
      const centreId = (await memberStanding(this.dataSource, view.memberId))?.centreId;
      if (!centreId || !centres.includes(centreId)) throw CertificationErrors.notFound();
    }
    return view;
  }

  /** The certifications the sweep expires on `asOf`: still valid or suspended, their last valid day before it. */
  async dueForExpiry(asOf: IsoDate): Promise<{ certificationId: string; version: number }[]> {
    const rows = await this.dataSource.query<{ certification_id: string; version: number }[]>(
      `SELECT certification_id, version FROM training_certifications
        WHERE status IN ('valid', 'suspended') AND expires_on IS NOT NULL AND expires_on < $1::date
        ORDER BY expires_on, certification_id`,
      [asOf],
    );
    return rows.map((r) => ({ certificationId: r.certification_id, version: r.version }));
  }

  /** The competencies a member holds valid (not suspended, not past expiry) on `day`. */
  async validCompetencies(memberId: string, day: IsoDate): Promise<string[]> {
    const rows = await this.dataSource.query<{ competency: string }[]>(
      `SELECT DISTINCT competency FROM training_certifications
        WHERE member_id = $1 AND status = 'valid' AND (expires_on IS NULL OR expires_on >= $2::date)`,
      [memberId, day],
    );
    return rows.map((r) => r.competency);
  }

  /** The member's certification of a competency from an issuing body that a refresher renews (any but revoked). */
  async renewable(memberId: string, competency: string, issuingBody: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ certification_id: string }[]>(
      `SELECT certification_id FROM training_certifications
        WHERE member_id = $1 AND competency = $2 AND issuing_body = $3 AND status <> 'revoked'
        ORDER BY expires_on DESC NULLS FIRST LIMIT 1`,
      [memberId, competency, issuingBody],
    );
    return row?.certification_id ?? null;
  }
}

const READERS = ['training', 'admin', 'hr', 'auditor', 'commander'] as const;

@CertificationController()
export class CertificationRegisterController {
  constructor(private readonly register: CertificationRegister) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Certifications by member, competency and status, paged (commanders: their centres’)' })
  @ApiOkResponse({ type: CertificationPage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: CertificationListQuery): Promise<CertificationPage> {
    return this.register.list(user, query);
  }

  @Get(':certificationId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A certification with its history, now or as the register knew it on a past date (?asOf=)' })
  @ApiOkResponse({
    type: CertificationView,
    description: 'The certification; `version` is its stream version (also the ETag)',
  })
  certification(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { certificationId }: CertificationIdParam,
    @Query() { asOf }: AsOfQuery,
  ): Promise<CertificationView> {
    return this.register.certification(user, certificationId, asOf);
  }
}
