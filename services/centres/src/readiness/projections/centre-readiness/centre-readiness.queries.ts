import { Controller, Get, Injectable, Param, Query } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CENTRE_STATUSES, MemberRole, VEHICLE_TYPES } from '@muster/contracts';
import { AuthenticatedUser, CurrentUser, Roles } from '@muster/auth';
import { autocommit, SqlTransaction } from '@muster/event-store';
import { asOfInstant, AsOfQuery } from '@muster/platform';
import { CentreController, CentreIdParam, requireCentreInScope } from '../../../centre/centre.routes';
import { CentreErrors } from '../../../centre/domain/centre.errors';
import { CentreStatus } from '../../../centre/domain/centre.events';
import {
  CERTIFIED_ROLES,
  Readiness,
  ReadinessFigures,
  ReadinessLevel,
  readinessOf,
  ReadinessReason,
  REQUIRED_COMPETENCY,
  RoleCover,
  VehicleCount,
} from '../../domain/readiness-level';
import { ReadinessErrors } from '../../domain/readiness.errors';

type VehicleType = (typeof VEHICLE_TYPES)[number];

// The figures' types are the domain's (pure TypeScript, no framework in domain/): these classes document them as the
// readiness reads answer them.

class RoleCoverView implements RoleCover {
  @ApiProperty({ type: 'integer', description: 'members on duty holding the role' }) onDuty!: number;
  @ApiProperty({ type: 'integer', description: 'of them, those whose required certification is valid' })
  certified!: number;
}

class VehicleCountView implements VehicleCount {
  @ApiProperty({ type: 'integer' }) held!: number;
  @ApiProperty({ type: 'integer' }) serviceable!: number;
}

class CertifiedRolesView {
  @ApiProperty({ type: RoleCoverView }) driver!: RoleCoverView;
  @ApiProperty({ type: RoleCoverView }) rescuer!: RoleCoverView;
  @ApiProperty({ type: RoleCoverView }) firefighter!: RoleCoverView;
}

class MembersFiguresView {
  @ApiProperty({ type: 'integer', description: 'assigned here, on duty or not' }) assigned!: number;
  @ApiProperty({ type: 'integer' }) onDuty!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'members on duty by role (a role held by none is left out)',
  })
  onDutyByRole!: Partial<Record<MemberRole, number>>;
}

/** `known: false` (training has published nothing by the date: unknown, which is not zero) comes without `roles`. */
class CertifiedFiguresView {
  @ApiProperty() known!: boolean;
  @ApiPropertyOptional({ type: CertifiedRolesView, description: 'only when known' }) roles?: CertifiedRolesView;
}

/** `known: false` (equipment has published nothing by the date) comes without the counts. */
class VehicleFiguresView {
  @ApiProperty() known!: boolean;
  @ApiPropertyOptional({ type: 'integer', description: 'only when known' }) held?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'only when known' }) serviceable?: number;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(VehicleCountView) },
    description: 'by vehicle type (a type held by none is left out); only when known',
  })
  byType?: Partial<Record<VehicleType, VehicleCountView>>;
}

class HazardFiguresView {
  @ApiProperty({ type: 'integer' }) open!: number;
  @ApiProperty({ type: 'integer' }) severe!: number;
}

class ReadinessReasonView implements ReadinessReason {
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['limited', 'not-ready'] }) effect!: ReadinessReason['effect'];
  @ApiProperty() message!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }] },
    description: 'the figures the message speaks of',
  })
  figures!: Readonly<Record<string, number | string>>;
}

/** One centre's readiness on one date: the level, the reasons, and the figures they come from. */
@ApiExtraModels(VehicleCountView)
export class CentreReadiness implements Readiness, ReadinessFigures {
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ enum: ['ready', 'limited', 'not-ready'] }) level!: ReadinessLevel;
  @ApiProperty({ description: 'false while certifications or vehicles are unknown: the level is then at best limited' })
  complete!: boolean;
  @ApiProperty({ type: [ReadinessReasonView], description: 'those that make the centre not ready first' })
  reasons!: readonly ReadinessReason[];
  @ApiProperty({ enum: CENTRE_STATUSES, nullable: true, description: 'null: not registered yet on that date' })
  status!: CentreStatus | null;
  @ApiProperty({ type: MembersFiguresView }) members!: ReadinessFigures['members'];
  @ApiProperty({ type: CertifiedFiguresView }) certified!: ReadinessFigures['certified'];
  @ApiProperty({ type: VehicleFiguresView }) vehicles!: ReadinessFigures['vehicles'];
  @ApiProperty({ type: HazardFiguresView }) hazards!: ReadinessFigures['hazards'];
}

class ReadinessSummaryView {
  @ApiProperty({ type: 'integer' }) centres!: number;
  @ApiProperty({ type: 'integer' }) ready!: number;
  @ApiProperty({ type: 'integer' }) limited!: number;
  @ApiProperty({ type: 'integer' }) notReady!: number;
  @ApiProperty({ type: 'integer' }) membersOnDuty!: number;
  /** null while unknown (equipment has published nothing by the date). */
  @ApiProperty({ type: 'integer', nullable: true, description: 'null while unknown' })
  serviceableVehicles!: number | null;
}

export class OrganisationReadiness {
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ type: ReadinessSummaryView }) summary!: ReadinessSummaryView;
  @ApiProperty({ type: [CentreReadiness] }) centres!: CentreReadiness[];
}

/** The period (of the table aliased `alias`) holds at instant $1. */
const holds = (alias = 'p') => `${alias}.valid_from <= $1 AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > $1)`;

/** The read side of `centre-readiness`: every figure is an indexed range lookup on the periods at one instant. */
@Injectable()
export class CentreReadinessQueries {
  private readonly sql: SqlTransaction;

  constructor(dataSource: DataSource) {
    this.sql = autocommit(dataSource);
  }

  async centre(user: AuthenticatedUser, centreId: string, asOf?: string): Promise<CentreReadiness> {
    requireCentreInScope(user, centreId);
    const [known] = await this.sql.query(
      `SELECT 1 FROM readiness_periods WHERE kind = 'centre' AND subject_id = $1 LIMIT 1`,
      [centreId],
    );
    if (!known) throw CentreErrors.notFound();
    const at = instantOf(asOf);
    const [readiness] = await this.readiness(at, [centreId]);
    if (!readiness) throw CentreErrors.notFound();
    return readiness;
  }

  async organisation(asOf?: string): Promise<OrganisationReadiness> {
    const at = instantOf(asOf);
    const centres = await this.readiness(at, null);
    const count = (level: Readiness['level']) => centres.filter((c) => c.level === level).length;
    return {
      asOf: at.toISOString(),
      summary: {
        centres: centres.length,
        ready: count('ready'),
        limited: count('limited'),
        notReady: count('not-ready'),
        membersOnDuty: centres.reduce((n, c) => n + c.members.onDuty, 0),
        serviceableVehicles: centres.every((c) => c.vehicles.known)
          ? centres.reduce((n, c) => n + (c.vehicles.known ? c.vehicles.serviceable : 0), 0)
          : null,
      },
      centres,
    };
  }

  /** Readiness at `at` of the given centres (null: every centre registered by then), by code. */
  async readiness(at: Date, centreIds: readonly string[] | null): Promise<CentreReadiness[]> {
    const params = [at.toISOString(), centreIds];
    const inScope = `($2::text[] IS NULL OR centre_id = ANY($2::text[]))`;
    const [centres, crews, roles, vehicles, hazards, known] = await Promise.all([
      this.sql.query<{ centre_id: string; centre_code: string; centre_status: CentreStatus }>(
        `SELECT subject_id AS centre_id, centre_code, centre_status FROM readiness_periods p
          WHERE kind = 'centre' AND ${holds()} AND ($2::text[] IS NULL OR subject_id = ANY($2::text[]))`,
        params,
      ),
      this.sql.query<{ centre_id: string; assigned: number; on_duty: number }>(
        `SELECT centre_id, count(*)::int AS assigned, (count(*) FILTER (WHERE on_duty))::int AS on_duty
           FROM readiness_periods p WHERE kind = 'member' AND ${holds()} AND ${inScope} GROUP BY centre_id`,
        params,
      ),
      this.sql.query<{ centre_id: string; role: MemberRole; on_duty: number; certified: number }>(
        `SELECT m.centre_id, r.role, count(*)::int AS on_duty,
                (count(*) FILTER (WHERE EXISTS (
                  SELECT 1 FROM readiness_periods c
                   WHERE c.kind = 'certification' AND c.member_id = m.subject_id AND c.competency = req.competency
                     AND ${holds('c')})))::int AS certified
           FROM readiness_periods m
          CROSS JOIN unnest(m.roles) AS r(role)
           LEFT JOIN unnest($3::text[], $4::text[]) AS req(role, competency) ON req.role = r.role
          WHERE m.kind = 'member' AND m.on_duty AND ${holds('m')}
            AND ($2::text[] IS NULL OR m.centre_id = ANY($2::text[]))
          GROUP BY m.centre_id, r.role`,
        [...params, CERTIFIED_ROLES, CERTIFIED_ROLES.map((role) => REQUIRED_COMPETENCY[role])],
      ),
      this.sql.query<{ centre_id: string; vehicle_type: VehicleType; held: number; serviceable: number }>(
        `SELECT centre_id, vehicle_type, count(*)::int AS held,
                (count(*) FILTER (WHERE vehicle_status = 'serviceable'))::int AS serviceable
           FROM readiness_periods p WHERE kind = 'vehicle' AND ${holds()} AND ${inScope} GROUP BY centre_id, vehicle_type`,
        params,
      ),
      this.sql.query<{ centre_id: string; open: number; severe: number }>(
        `SELECT centre_id, count(*)::int AS open, (count(*) FILTER (WHERE severity = 'severe'))::int AS severe
           FROM readiness_periods p WHERE kind = 'hazard' AND ${holds()} AND ${inScope} GROUP BY centre_id`,
        params,
      ),
      this.known(at),
    ]);
    const ids = centreIds ?? centres.map((c) => c.centre_id);
    const asOf = at.toISOString();
    const byCentre = <T extends { centre_id: string }>(rows: readonly T[]) => {
      const grouped = new Map<string, T[]>();
      for (const row of rows) grouped.set(row.centre_id, [...(grouped.get(row.centre_id) ?? []), row]);
      return (centreId: string): T[] => grouped.get(centreId) ?? [];
    };
    const [centreOf, crewOf, rolesOf, vehiclesOf, hazardsOf] = [
      byCentre(centres),
      byCentre(crews),
      byCentre(roles),
      byCentre(vehicles),
      byCentre(hazards),
    ] as const;
    return ids
      .map((centreId): CentreReadiness => {
        const [centre] = centreOf(centreId);
        const [crew] = crewOf(centreId);
        const [hazard] = hazardsOf(centreId);
        const cover = (role: MemberRole): RoleCover => {
          const row = rolesOf(centreId).find((r) => r.role === role);
          return { onDuty: row?.on_duty ?? 0, certified: row?.certified ?? 0 };
        };
        const byType: Partial<Record<VehicleType, VehicleCount>> = Object.fromEntries(
          vehiclesOf(centreId).map((v) => [v.vehicle_type, { held: v.held, serviceable: v.serviceable }]),
        );
        const counts = Object.values(byType);
        const figures: ReadinessFigures = {
          status: centre?.centre_status ?? null,
          members: {
            assigned: crew?.assigned ?? 0,
            onDuty: crew?.on_duty ?? 0,
            onDutyByRole: Object.fromEntries(rolesOf(centreId).map((r) => [r.role, r.on_duty])),
          },
          certified: known.has('training')
            ? {
                known: true,
                roles: { driver: cover('driver'), rescuer: cover('rescuer'), firefighter: cover('firefighter') },
              }
            : { known: false },
          vehicles: known.has('equipment')
            ? {
                known: true,
                held: counts.reduce((n, v) => n + v.held, 0),
                serviceable: counts.reduce((n, v) => n + v.serviceable, 0),
                byType,
              }
            : { known: false },
          hazards: { open: hazard?.open ?? 0, severe: hazard?.severe ?? 0 },
        };
        return { centreId, code: centre?.centre_code ?? null, asOf, ...readinessOf(figures), ...figures };
      })
      .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '') || a.centreId.localeCompare(b.centreId));
  }

  /** The sources that had published something taking effect by `at`: before that, their part is unknown. */
  private async known(at: Date): Promise<Set<string>> {
    const rows = await this.sql.query<{ source: string }>(
      `SELECT s.source FROM unnest($2::text[]) AS s(source)
        WHERE EXISTS (SELECT 1 FROM readiness_facts f WHERE f.source = s.source AND f.at <= $1)`,
      [at.toISOString(), ['training', 'equipment']],
    );
    return new Set(rows.map((r) => r.source));
  }
}

/** Now, or the end of the given day (up to now for today), or the given instant; a date still to come is refused. */
function instantOf(asOf: string | undefined): Date {
  const now = new Date();
  if (asOf === undefined) return now;
  const at = asOfInstant(asOf);
  const today = now.toISOString().slice(0, 10);
  if (asOf.slice(0, 10) > today || (asOf.length > 10 && at > now)) throw ReadinessErrors.asOfInFuture(asOf);
  return at > now ? now : at;
}

@CentreController()
export class CentreReadinessController {
  constructor(private readonly readiness: CentreReadinessQueries) {}

  @Get(':centreId/readiness')
  @Roles('commander', 'logistics', 'hr', 'admin', 'auditor')
  @ApiOperation({ summary: 'A centre’s readiness with its reasons and figures, now or ?asOf= (commanders: their own)' })
  @ApiOkResponse({ type: CentreReadiness })
  centre(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { centreId }: CentreIdParam,
    @Query() { asOf }: AsOfQuery,
  ): Promise<CentreReadiness> {
    return this.readiness.centre(user, centreId, asOf);
  }
}

@ApiTags('centres')
@Controller('readiness')
export class OrganisationReadinessController {
  constructor(private readonly readiness: CentreReadinessQueries) {}

  @Get()
  @Roles('logistics', 'hr', 'admin', 'auditor')
  @ApiOperation({ summary: 'Every centre’s readiness and the organisation’s summary, now or ?asOf=' })
  @ApiOkResponse({ type: OrganisationReadiness })
  organisation(@Query() { asOf }: AsOfQuery): Promise<OrganisationReadiness> {
    return this.readiness.organisation(asOf);
  }
}
