import { Get, Injectable, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '@muster/auth';
import { autocommit, SqlTransaction } from '@muster/event-store';
import { PageQuery } from '@muster/platform';
import { DataSource } from 'typeorm';
import { IdentityExportStatus } from '../../domain/identity-export.decider';
import { ExportFilters } from '../../domain/identity-export.events';
import { IdentityExportController } from '../../identity-export.routes';

const STATUSES = ['requested', 'approved', 'refused', 'downloaded'] as const;

export class IdentityExportsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, description: 'e.g. requested: the ones waiting for an approver' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

export class ExportFiltersView implements ExportFilters {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: any' }) readonly centreId!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: any' }) readonly status!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: any' }) readonly role!: string | null;
}

export class IdentityExportView {
  @ApiProperty({ format: 'uuid' }) exportId!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ enum: STATUSES }) status!: Exclude<IdentityExportStatus, 'none'>;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty({ type: ExportFiltersView, description: 'the roster’s filters, null for any' }) filters!: ExportFilters;
  @ApiProperty({ description: 'How many people the filters found when asked' }) rowCount!: number;
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) refusal!: string | null;
}

export class IdentityExportsPage {
  @ApiProperty({ type: [IdentityExportView] }) items!: IdentityExportView[];
  @ApiProperty() total!: number;
}

interface Row {
  export_id: string;
  version: number;
  status: IdentityExportView['status'];
  requested_by: string;
  requested_at: Date;
  purpose: string;
  filters: ExportFilters;
  row_count: number;
  decided_by: string | null;
  decided_at: Date | null;
  refusal: string | null;
  total: string;
}

/** Reads of `identity_exports`: the approvers' queue, and how many a person asked for lately. */
@Injectable()
export class IdentityExports {
  private readonly sql: SqlTransaction;

  constructor(dataSource: DataSource) {
    this.sql = autocommit(dataSource);
  }

  /** The identity exports this person asked for in the 24 hours before `now`. */
  async requestedSince(requestedBy: string, now: Date): Promise<number> {
    const [row] = await this.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM identity_exports
        WHERE requested_by = $1 AND requested_at > $2::timestamptz - interval '24 hours'`,
      [requestedBy, now.toISOString()],
    );
    return row?.n ?? 0;
  }

  async list(query: IdentityExportsQuery): Promise<IdentityExportsPage> {
    const rows = await this.sql.query<Row>(
      `SELECT *, count(*) OVER () AS total FROM identity_exports
        WHERE ($1::text IS NULL OR status = $1)
        ORDER BY requested_at DESC, export_id LIMIT $2 OFFSET $3`,
      [query.status ?? null, query.limit, query.offset],
    );
    return {
      total: Number(rows[0]?.total ?? 0),
      items: rows.map((r) => ({
        exportId: r.export_id,
        version: r.version,
        status: r.status,
        requestedBy: r.requested_by,
        requestedAt: r.requested_at.toISOString(),
        purpose: r.purpose,
        filters: r.filters,
        rowCount: r.row_count,
        decidedBy: r.decided_by,
        decidedAt: r.decided_at?.toISOString() ?? null,
        refusal: r.refusal,
      })),
    };
  }
}

@IdentityExportController()
export class IdentityExportsController {
  constructor(private readonly exports: IdentityExports) {}

  @Get()
  @Roles('hr', 'admin', 'auditor')
  @ApiOperation({ summary: 'Identity exports asked for, newest first: ?status=requested is the approvers’ queue' })
  @ApiOkResponse({ type: IdentityExportsPage })
  list(@Query() query: IdentityExportsQuery): Promise<IdentityExportsPage> {
    return this.exports.list(query);
  }
}
