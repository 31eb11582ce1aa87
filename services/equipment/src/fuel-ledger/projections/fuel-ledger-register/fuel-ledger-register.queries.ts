import { Get, Injectable, Param, Query } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  getSchemaPath,
  OmitType,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles, assertCentreScope } from '@muster/auth';
import { VEHICLE_TYPES } from '@muster/contracts';
import { PageOf, PageQuery } from '@muster/platform';
import { VehicleType } from '../../../vehicle/domain/vehicle.events';
import { FuelLedgerErrors } from '../../domain/fuel-ledger.errors';
import { ConsumptionNorm, FuelFlag, FuelTarget } from '../../domain/fuel-ledger.events';
import { FuelLedgerController, FuelLedgerParam } from '../../fuel-ledger.routes';

const REVIEW_STATUSES = ['open', 'cleared', 'confirmed'] as const;

export class FuelFlagQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId?: string;

  @ApiPropertyOptional({ enum: REVIEW_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(REVIEW_STATUSES, { message: `status must be one of: ${REVIEW_STATUSES.join(', ')}` })
  status: (typeof REVIEW_STATUSES)[number] = 'open';
}

export class FuelIssueQuery extends PageQuery {
  @ApiProperty({ format: 'uuid', description: 'the vehicle, or the generator' })
  @IsUUID('all', { message: 'assetId must be a UUID' })
  assetId!: string;
}

export class FuelLedgerView {
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: 'integer', description: 'the ledger stream’s version' }) version!: number;
  @ApiProperty() balanceLitres!: number;
  @ApiProperty() deliveredLitres!: number;
  @ApiProperty() issuedLitres!: number;
  @ApiProperty({ type: 'integer', description: 'flags awaiting review' }) openFlags!: number;
}

// A flag is one of five rules, each with its own figures (the domain's FuelFlag union, documented rule by rule).

class AboveTankCapacityFlag {
  @ApiProperty({ enum: ['ABOVE_TANK_CAPACITY'] }) readonly rule!: 'ABOVE_TANK_CAPACITY';
  @ApiProperty() readonly litres!: number;
  @ApiProperty() readonly tankCapacityLitres!: number;
}

class OdometerNotMovedFlag {
  @ApiProperty({ enum: ['ODOMETER_NOT_MOVED'] }) readonly rule!: 'ODOMETER_NOT_MOVED';
  @ApiProperty() readonly odometerKm!: number;
  @ApiProperty() readonly lastFillOdometerKm!: number;
}

class EngineHoursNotMovedFlag {
  @ApiProperty({ enum: ['ENGINE_HOURS_NOT_MOVED'] }) readonly rule!: 'ENGINE_HOURS_NOT_MOVED';
  @ApiProperty() readonly engineHours!: number;
  @ApiProperty() readonly lastFillEngineHours!: number;
}

class ConsumptionNormView implements ConsumptionNorm {
  @ApiProperty() readonly litresPer100Km!: number;
  @ApiProperty() readonly meanLitresPer100Km!: number;
  @ApiProperty() readonly stdDevLitresPer100Km!: number;
  @ApiProperty() readonly lowLitresPer100Km!: number;
  @ApiProperty() readonly highLitresPer100Km!: number;
  @ApiProperty({ type: 'integer' }) readonly samples!: number;
}

class VehicleConsumptionOutlierFlag extends ConsumptionNormView {
  @ApiProperty({ enum: ['CONSUMPTION_OUTLIER_FOR_VEHICLE'] }) readonly rule!: 'CONSUMPTION_OUTLIER_FOR_VEHICLE';
}

class TypeConsumptionOutlierFlag extends ConsumptionNormView {
  @ApiProperty({ enum: ['CONSUMPTION_OUTLIER_FOR_TYPE'] }) readonly rule!: 'CONSUMPTION_OUTLIER_FOR_TYPE';
  @ApiProperty({ enum: VEHICLE_TYPES }) readonly vehicleType!: VehicleType;
}

/** Each rule's model: the discriminator's mapping (without one, OpenAPI takes a schema's name for its `rule`). */
const FLAG_MODELS = {
  ABOVE_TANK_CAPACITY: AboveTankCapacityFlag,
  ODOMETER_NOT_MOVED: OdometerNotMovedFlag,
  ENGINE_HOURS_NOT_MOVED: EngineHoursNotMovedFlag,
  CONSUMPTION_OUTLIER_FOR_VEHICLE: VehicleConsumptionOutlierFlag,
  CONSUMPTION_OUTLIER_FOR_TYPE: TypeConsumptionOutlierFlag,
} satisfies Record<FuelFlag['rule'], abstract new () => unknown>;

export class FuelIssueTarget {
  @ApiProperty({ enum: ['vehicle', 'generator'] }) kind!: FuelTarget['kind'];
  @ApiProperty({ format: 'uuid', description: 'the vehicle’s or the generator’s id' }) id!: string;
  @ApiProperty({ description: 'the odometer (km) or the engine hours at the pump' }) reading!: number;
}

export class FuelConsumption {
  @ApiProperty() distanceKm!: number;
  @ApiProperty() litresPer100Km!: number;
}

export class FuelFlagReview {
  @ApiProperty({ enum: ['cleared', 'confirmed'] }) outcome!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) reviewedAt!: string;
  @ApiProperty() reviewedBy!: string;
}

@ApiExtraModels(...Object.values(FLAG_MODELS))
export class FlaggedIssue {
  @ApiProperty({ format: 'uuid' }) issueId!: string;
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: FuelIssueTarget }) target!: FuelIssueTarget;
  @ApiProperty() litres!: number;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ type: FuelConsumption, nullable: true }) consumption!: FuelConsumption | null;
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: Object.values(FLAG_MODELS).map((model) => ({ $ref: getSchemaPath(model) })),
      discriminator: {
        propertyName: 'rule',
        mapping: Object.fromEntries(Object.entries(FLAG_MODELS).map(([rule, model]) => [rule, getSchemaPath(model)])),
      },
    },
  })
  flags!: FuelFlag[];
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: (typeof REVIEW_STATUSES)[number];
  @ApiProperty({ type: FuelFlagReview, nullable: true }) review!: FuelFlagReview | null;
}

export class FlaggedIssuePage extends PageOf(FlaggedIssue) {}

const ISSUE_STATUSES = ['none', ...REVIEW_STATUSES] as const;

/** Any fuel issue: flagged or not (`none`). */
export class FuelIssueEntry extends OmitType(FlaggedIssue, ['status'] as const) {
  @ApiProperty({ enum: ISSUE_STATUSES, description: 'none: nothing was flagged' })
  status!: (typeof ISSUE_STATUSES)[number];
}

export class FuelIssuePage extends PageOf(FuelIssueEntry) {}

/** Reads of the fuel read models, scoped to a commander's centres. */
@Injectable()
export class FuelLedgers {
  constructor(private readonly dataSource: DataSource) {}

  async ledger(user: AuthenticatedUser, centreId: string): Promise<FuelLedgerView> {
    assertCentreScope(user, centreId);
    const [row] = await this.dataSource.query<Record<string, string | number>[]>(
      `SELECT * FROM fuel_ledgers WHERE centre_id = $1`,
      [centreId],
    );
    if (!row) throw FuelLedgerErrors.notFound();
    return {
      centreId,
      version: Number(row.version),
      balanceLitres: Number(row.balance_litres),
      deliveredLitres: Number(row.delivered_litres),
      issuedLitres: Number(row.issued_litres),
      openFlags: Number(row.open_flags),
    };
  }

  /** Flagged issues by review status (open by default), the oldest first: what a reviewer works through. */
  async flags(user: AuthenticatedUser, query: FuelFlagQuery): Promise<FlaggedIssuePage> {
    if (query.centreId) assertCentreScope(user, query.centreId);
    const centres = query.centreId
      ? [query.centreId]
      : user.scope.kind === 'centres'
        ? [...user.scope.centreIds]
        : null;
    const rows = await this.dataSource.query<(IssueRow & { total: string })[]>(
      `SELECT *, count(*) OVER () AS total FROM fuel_issues
        WHERE review_status = $1 AND ($2::uuid[] IS NULL OR centre_id = ANY($2))
        ORDER BY issued_at, issue_id LIMIT $3 OFFSET $4`,
      [query.status, centres, query.limit, query.offset],
    );
    return {
      // Flagged ones only: the query asked for a review status.
      items: rows.map(issueOf) as FlaggedIssue[],
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  /**
   * A vehicle's or a generator's fuel, the latest first (commanders: what was issued at their centres). The asset's
   * index gives a page without a scan of other assets' issues.
   */
  async issues(user: AuthenticatedUser, query: FuelIssueQuery): Promise<FuelIssuePage> {
    const centres = user.scope.kind === 'centres' ? [...user.scope.centreIds] : null;
    const rows = await this.dataSource.query<(IssueRow & { total: string })[]>(
      `SELECT *, count(*) OVER () AS total FROM fuel_issues
        WHERE asset_id = $1 AND ($2::uuid[] IS NULL OR centre_id = ANY($2))
        ORDER BY recorded_at DESC, issue_id LIMIT $3 OFFSET $4`,
      [query.assetId, centres, query.limit, query.offset],
    );
    return {
      items: rows.map(issueOf),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }
}

interface IssueRow {
  issue_id: string;
  centre_id: string;
  asset_kind: FuelTarget['kind'];
  asset_id: string;
  litres: string;
  reading: string;
  issued_at: Date;
  consumption: FlaggedIssue['consumption'];
  flags: FuelFlag[];
  review_status: FuelIssueEntry['status'];
  review: FlaggedIssue['review'];
}

const issueOf = (r: IssueRow): FuelIssueEntry => ({
  issueId: r.issue_id,
  centreId: r.centre_id,
  target: { kind: r.asset_kind, id: r.asset_id, reading: Number(r.reading) },
  litres: Number(r.litres),
  issuedAt: r.issued_at.toISOString(),
  consumption: r.consumption,
  flags: r.flags,
  status: r.review_status,
  review: r.review,
});

const READERS = ['logistics', 'admin', 'auditor', 'commander'] as const;

@FuelLedgerController()
export class FuelLedgerReadController {
  constructor(private readonly ledgers: FuelLedgers) {}

  // Before ':centreId', which would take 'flags' or 'issues' for a (malformed) centre id.
  @Get('flags')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Flagged fuel issues with their rules and figures, open by default (commanders: theirs)' })
  @ApiOkResponse({ type: FlaggedIssuePage })
  flags(@CurrentUser() user: AuthenticatedUser, @Query() query: FuelFlagQuery): Promise<FlaggedIssuePage> {
    return this.ledgers.flags(user, query);
  }

  @Get('issues')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'A vehicle’s or a generator’s fuel issues, the latest first, with their readings, consumption and flags',
  })
  @ApiOkResponse({ type: FuelIssuePage })
  issues(@CurrentUser() user: AuthenticatedUser, @Query() query: FuelIssueQuery): Promise<FuelIssuePage> {
    return this.ledgers.issues(user, query);
  }

  @Get(':centreId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A centre’s fuel stock: balance, delivered and issued litres, flags awaiting review' })
  @ApiOkResponse({ type: FuelLedgerView })
  ledger(@CurrentUser() user: AuthenticatedUser, @Param() { centreId }: FuelLedgerParam): Promise<FuelLedgerView> {
    return this.ledgers.ledger(user, centreId);
  }
}
