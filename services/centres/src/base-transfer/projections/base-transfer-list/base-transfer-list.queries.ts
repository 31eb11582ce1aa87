import { Get, Injectable, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles } from '@muster/auth';
import { PageOf, PageQuery } from '@muster/platform';
import { BaseTransferController } from '../../base-transfer.routes';
import { BaseTransferState } from '../../domain/base-transfer.state';
import { BaseTransferProgress, progressOf } from '../../queries/base-transfer-progress';

const LISTED_STATUSES = ['planned', 'started', 'completed', 'cancelled'] as const;

export class BaseTransferListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'transfers leaving or reaching this centre' })
  @IsOptional()
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId?: string;

  @ApiPropertyOptional({ enum: LISTED_STATUSES })
  @IsOptional()
  @IsIn(LISTED_STATUSES, { message: `status must be one of: ${LISTED_STATUSES.join(', ')}` })
  status?: (typeof LISTED_STATUSES)[number];
}

export class BaseTransferPage extends PageOf(BaseTransferProgress) {}

/** Reads of the base-transfer-list read model (commanders: transfers leaving or reaching their centres). */
@Injectable()
export class BaseTransferList {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: BaseTransferListQuery): Promise<BaseTransferPage> {
    const centres = user.scope.kind === 'centres' ? [...user.scope.centreIds] : null;
    const rows = await this.dataSource.query<
      { transfer_id: string; version: number; state: BaseTransferState; total: string }[]
    >(
      // A stream holding only equipment's news for a transfer never planned here is no transfer yet: not listed.
      `SELECT transfer_id, version, state, count(*) OVER () AS total FROM base_transfers
        WHERE status <> 'reported'
          AND ($1::uuid[] IS NULL OR from_centre_id = ANY($1::uuid[]) OR to_centre_id = ANY($1::uuid[]))
          AND ($2::uuid IS NULL OR from_centre_id = $2 OR to_centre_id = $2)
          AND ($3::text IS NULL OR status = $3)
        ORDER BY planned_on DESC, transfer_id LIMIT $4 OFFSET $5`,
      [centres, query.centreId ?? null, query.status ?? null, query.limit, query.offset],
    );
    return {
      items: rows.flatMap(({ transfer_id, version, state }) =>
        state.plan === null ? [] : [progressOf(transfer_id, version, state, state.plan)],
      ),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }
}

@BaseTransferController()
export class BaseTransferListController {
  constructor(private readonly transfers: BaseTransferList) {}

  @Get()
  @Roles('logistics', 'hr', 'admin', 'auditor', 'commander')
  @ApiOperation({
    summary:
      'Base transfers with their progress, latest planned first, by centre (leaving or reaching it) and status, paged (commanders: their own centres)',
  })
  @ApiOkResponse({ type: BaseTransferPage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: BaseTransferListQuery): Promise<BaseTransferPage> {
    return this.transfers.list(user, query);
  }
}
