import { Get, Injectable, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { VEHICLE_STATUSES, VEHICLE_TYPES } from '@muster/contracts';
import { AuthenticatedUser, CurrentUser, Roles, assertCentreScope } from '@muster/auth';
import { dateOf } from '@muster/event-sourcing';
import { PageOf, PageQuery } from '@muster/platform';
import { VehicleStatus } from '../../domain/vehicle.events';
import { VehicleController } from '../../vehicle.routes';
import { LastService, NextService, VehicleSummary } from './vehicle-summary';

export class VehicleListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId?: string;

  @ApiPropertyOptional({ enum: VEHICLE_STATUSES })
  @IsOptional()
  @IsIn(VEHICLE_STATUSES, { message: `status must be one of: ${VEHICLE_STATUSES.join(', ')}` })
  status?: VehicleStatus;
}

export class ServiceDueQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100_000, default: 1000, description: 'due within this many km' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  withinKm = 1000;

  @ApiPropertyOptional({ minimum: 0, maximum: 366, default: 30, description: '… or within this many days' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  withinDays = 30;
}

export class VehiclePage extends PageOf(VehicleSummary) {}

export class ServiceDueEntry {
  @ApiProperty({ format: 'uuid' }) vehicleId!: string;
  @ApiProperty() plate!: string;
  @ApiProperty({ enum: VEHICLE_TYPES }) vehicleType!: VehicleSummary['vehicleType'];
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ enum: VEHICLE_STATUSES }) status!: VehicleStatus;
  @ApiProperty({ type: 'number', nullable: true }) odometerKm!: number | null;
  @ApiProperty({ type: LastService, nullable: true }) lastService!: VehicleSummary['lastService'];
  @ApiProperty({ type: NextService }) nextService!: NextService;
  @ApiProperty({ type: 'number', nullable: true }) kmRemaining!: number | null;
  @ApiProperty({ type: 'integer' }) daysRemaining!: number;
  /** What makes it due within the window (the kilometres, the date, or both); `overdue`: already past one. */
  @ApiProperty({ enum: ['km', 'date'], isArray: true, description: 'what makes it due within the window' })
  dueBy!: ('km' | 'date')[];
  @ApiProperty({ description: 'already past the kilometres or the date' }) overdue!: boolean;
}

export class ServiceDueList {
  @ApiProperty({ type: [ServiceDueEntry] }) items!: ServiceDueEntry[];
}

const DAY_MS = 86_400_000;

/** A commander's centres (null: every centre), narrowed to `centreId` when asked — refused outside their scope. */
function centresFilter(user: AuthenticatedUser, centreId: string | undefined): string[] | null {
  if (centreId) {
    assertCentreScope(user, centreId);
    return [centreId];
  }
  return user.scope.kind === 'centres' ? [...user.scope.centreIds] : null;
}

/** Reads of the vehicle_register read model, scoped to the caller's centres. */
@Injectable()
export class VehicleRegister {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Vehicles by centre and status. A centre's vehicles are those assigned to it (on loan to it included), those on
   * their way to it, and for a commander those it lent out.
   */
  async list(user: AuthenticatedUser, query: VehicleListQuery): Promise<VehiclePage> {
    const centres = centresFilter(user, query.centreId);
    const rows = await this.dataSource.query<{ summary: VehicleSummary; total: string }[]>(
      `SELECT summary, count(*) OVER () AS total FROM vehicle_register
        WHERE ($1::uuid[] IS NULL OR centre_id = ANY($1) OR destination_centre_id = ANY($1) OR home_centre_id = ANY($1))
          AND ($2::text IS NULL OR status = $2)
        ORDER BY plate, vehicle_id LIMIT $3 OFFSET $4`,
      [centres, query.status ?? null, query.limit, query.offset],
    );
    return {
      items: rows.map((r) => r.summary),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** Vehicles whose service falls due within the window (by kilometres or by date), the soonest first. */
  async serviceDue(user: AuthenticatedUser, query: ServiceDueQuery, now: Date): Promise<ServiceDueEntry[]> {
    const centres = centresFilter(user, query.centreId);
    const today = dateOf(now);
    const horizon = dateOf(new Date(now.getTime() + query.withinDays * DAY_MS));
    const rows = await this.dataSource.query<{ summary: VehicleSummary }[]>(
      `SELECT summary FROM vehicle_register
        WHERE status <> 'written-off'
          AND ($1::uuid[] IS NULL OR centre_id = ANY($1) OR destination_centre_id = ANY($1) OR home_centre_id = ANY($1))
          AND (next_service_km - odometer_km <= $2 OR next_service_on <= $3::date)
        ORDER BY next_service_on NULLS LAST, next_service_km - odometer_km, plate
        LIMIT 1000`,
      [centres, query.withinKm, horizon],
    );
    return rows.flatMap(({ summary: s }) => {
      if (s.nextService === null) return [];
      const kmRemaining = s.odometerKm === null ? null : s.nextService.km - s.odometerKm;
      const daysRemaining = Math.round((Date.parse(s.nextService.on) - Date.parse(today)) / DAY_MS);
      const dueBy: ('km' | 'date')[] = [
        ...(kmRemaining !== null && kmRemaining <= query.withinKm ? (['km'] as const) : []),
        ...(s.nextService.on <= horizon ? (['date'] as const) : []),
      ];
      return [
        {
          vehicleId: s.vehicleId,
          plate: s.plate,
          vehicleType: s.vehicleType,
          centreId: s.centreId,
          status: s.status,
          odometerKm: s.odometerKm,
          lastService: s.lastService,
          nextService: s.nextService,
          kmRemaining,
          daysRemaining,
          dueBy,
          overdue: (kmRemaining !== null && kmRemaining <= 0) || daysRemaining <= 0,
        },
      ];
    });
  }
}

const READERS = ['logistics', 'admin', 'auditor', 'commander'] as const;

@VehicleController()
export class VehicleRegisterController {
  constructor(private readonly register: VehicleRegister) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Vehicles by centre and status, paged (commanders: their centres’ only)' })
  @ApiOkResponse({ type: VehiclePage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: VehicleListQuery): Promise<VehiclePage> {
    return this.register.list(user, query);
  }

  @Get('service-due')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Vehicles due a service within so many km or days, overdue first (commanders: theirs)' })
  @ApiOkResponse({ type: ServiceDueList })
  async serviceDue(@CurrentUser() user: AuthenticatedUser, @Query() query: ServiceDueQuery): Promise<ServiceDueList> {
    return { items: await this.register.serviceDue(user, query, new Date()) };
  }
}
