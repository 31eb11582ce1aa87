import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles, assertCentreScope } from '@muster/auth';
import { PageQuery } from '@muster/platform';
import { FuelLedgerErrors } from '../../domain/fuel-ledger.errors';
import { FuelFlag, FuelTarget } from '../../domain/fuel-ledger.events';
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

export interface FuelLedgerView {
  centreId: string;
  version: number;
  balanceLitres: number;
  deliveredLitres: number;
  issuedLitres: number;
  openFlags: number;
}

export interface FlaggedIssue {
  issueId: string;
  centreId: string;
  target: Pick<FuelTarget, 'kind'> & { id: string; reading: number };
  litres: number;
  issuedAt: string;
  consumption: { distanceKm: number; litresPer100Km: number } | null;
  flags: FuelFlag[];
  status: (typeof REVIEW_STATUSES)[number];
  review: { outcome: string; note: string; reviewedAt: string; reviewedBy: string } | null;
}

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
  async flags(user: AuthenticatedUser, query: FuelFlagQuery) {
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
      items: rows.map(flaggedIssueOf),
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
  review_status: FlaggedIssue['status'];
  review: FlaggedIssue['review'];
}

const flaggedIssueOf = (r: IssueRow): FlaggedIssue => ({
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

  // Before ':centreId', which would take 'flags' for a (malformed) centre id.
  @Get('flags')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Flagged fuel issues with their rules and figures, open by default (commanders: theirs)' })
  @ApiOkResponse({ description: '{ items: [{ issueId, centreId, target, litres, flags, status, review }], total… }' })
  flags(@CurrentUser() user: AuthenticatedUser, @Query() query: FuelFlagQuery) {
    return this.ledgers.flags(user, query);
  }

  @Get(':centreId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A centre’s fuel stock: balance, delivered and issued litres, flags awaiting review' })
  ledger(@CurrentUser() user: AuthenticatedUser, @Param() { centreId }: FuelLedgerParam): Promise<FuelLedgerView> {
    return this.ledgers.ledger(user, centreId);
  }
}
