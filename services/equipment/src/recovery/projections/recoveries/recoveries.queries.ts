import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles, assertCentreScope } from '@muster/auth';
import { PageOf, PageQuery } from '@muster/platform';
import { RecoveryErrors } from '../../domain/recovery.errors';
import { RECOVERY_CAUSES, RecoveryCause } from '../../domain/recovery.events';
import { RecoveryController, RecoveryIdParam } from '../../recovery.routes';
import { RecoveryLine } from './recoveries.projection';

const STATUSES = ['open', 'complete'] as const;

export class RecoveryListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of: ${STATUSES.join(', ')}` })
  status: (typeof STATUSES)[number] = 'open';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId?: string;
}

export class RecoveryView {
  @ApiProperty({ format: 'uuid' }) recoveryId!: string;
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ enum: RECOVERY_CAUSES }) cause!: RecoveryCause;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) centreId!: string | null;
  @ApiProperty({ type: String, format: 'date' }) occurredOn!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ enum: STATUSES }) status!: (typeof STATUSES)[number];
  @ApiProperty({ type: [RecoveryLine] }) items!: RecoveryLine[];
}

export class RecoveryPage extends PageOf(RecoveryView) {}

interface Row {
  recovery_id: string;
  member_id: string;
  cause: RecoveryCause;
  centre_id: string | null;
  centre_ids: string[];
  occurred: string;
  opened_at: Date;
  completed_at: Date | null;
  items: RecoveryLine[];
}

const SELECT = `SELECT *, to_char(occurred_on, 'YYYY-MM-DD') AS occurred FROM recoveries`;

const viewOf = (r: Row): RecoveryView => ({
  recoveryId: r.recovery_id,
  memberId: r.member_id,
  cause: r.cause,
  centreId: r.centre_id,
  occurredOn: r.occurred,
  openedAt: r.opened_at.toISOString(),
  completedAt: r.completed_at?.toISOString() ?? null,
  status: r.completed_at === null ? 'open' : 'complete',
  items: r.items,
});

/** Reads of the recoveries; a commander sees those concerning their centres (the member's, or the items'). */
@Injectable()
export class Recoveries {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: RecoveryListQuery): Promise<RecoveryPage> {
    if (query.centreId) assertCentreScope(user, query.centreId);
    const centres = query.centreId
      ? [query.centreId]
      : user.scope.kind === 'centres'
        ? [...user.scope.centreIds]
        : null;
    const rows = await this.dataSource.query<(Row & { total: string })[]>(
      `${SELECT.replace('SELECT *', 'SELECT *, count(*) OVER () AS total')}
        WHERE (completed_at IS NULL) = $1 AND ($2::uuid[] IS NULL OR centre_ids && $2)
          AND ($3::uuid IS NULL OR member_id = $3)
        ORDER BY opened_at, recovery_id LIMIT $4 OFFSET $5`,
      [query.status === 'open', centres, query.memberId ?? null, query.limit, query.offset],
    );
    return { items: rows.map(viewOf), total: Number(rows[0]?.total ?? 0), limit: query.limit, offset: query.offset };
  }

  async get(user: AuthenticatedUser, recoveryId: string): Promise<RecoveryView> {
    const [row] = await this.dataSource.query<Row[]>(`${SELECT} WHERE recovery_id = $1`, [recoveryId]);
    const scope = user.scope;
    if (!row || (scope.kind === 'centres' && !row.centre_ids.some((c) => scope.centreIds.includes(c)))) {
      throw RecoveryErrors.notFound();
    }
    return viewOf(row);
  }
}

const READERS = ['logistics', 'admin', 'auditor', 'hr', 'commander'] as const;

@RecoveryController()
export class RecoveriesController {
  constructor(private readonly recoveries: Recoveries) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Recoveries of what members who were killed or left held, open by default (commanders: their centres’)',
  })
  @ApiOkResponse({ type: RecoveryPage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: RecoveryListQuery): Promise<RecoveryPage> {
    return this.recoveries.list(user, query);
  }

  @Get(':recoveryId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One recovery: what the member held, what came back, what was written off' })
  @ApiOkResponse({ type: RecoveryView })
  get(@CurrentUser() user: AuthenticatedUser, @Param() { recoveryId }: RecoveryIdParam): Promise<RecoveryView> {
    return this.recoveries.get(user, recoveryId);
  }
}
