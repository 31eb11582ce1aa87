import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles, assertCentreScope } from '@muster/auth';
import { PageOf, PageQuery } from '@muster/platform';
import { RecognitionCaseErrors } from '../../domain/recognition-case.errors';
import { RecognitionCaseController, RecognitionCaseIdParam } from '../../recognition-case.routes';
import { RecognitionCaseView } from './recognition-case-view';

export class RecognitionCaseListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'intakeId must be a UUID' })
  intakeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId?: string;

  @ApiPropertyOptional({ description: 'true: only cases still open; false: only closed ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;
}

export class RecognitionCasePage extends PageOf(RecognitionCaseView) {}

/** Reads of `recognition_cases`; a commander sees the cases of the crews their centre received. */
@Injectable()
export class RecognitionCases {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: RecognitionCaseListQuery): Promise<RecognitionCasePage> {
    const centres = user.scope.kind === 'centres' ? [...user.scope.centreIds] : null;
    const rows = await this.dataSource.query<{ view: RecognitionCaseView; total: string }[]>(
      `SELECT view, count(*) OVER () AS total FROM recognition_cases
        WHERE ($1::uuid[] IS NULL OR receiving_centre_id = ANY ($1)) AND ($2::uuid IS NULL OR intake_id = $2)
          AND ($3::uuid IS NULL OR member_id = $3) AND ($4::boolean IS NULL OR open = $4)
        ORDER BY view->>'openedOn', case_id LIMIT $5 OFFSET $6`,
      [centres, query.intakeId ?? null, query.memberId ?? null, query.open ?? null, query.limit, query.offset],
    );
    return {
      items: rows.map((r) => r.view),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  async one(user: AuthenticatedUser, caseId: string): Promise<RecognitionCaseView> {
    const [row] = await this.dataSource.query<{ view: RecognitionCaseView }[]>(
      `SELECT view FROM recognition_cases WHERE case_id = $1`,
      [caseId],
    );
    if (!row) throw RecognitionCaseErrors.notFound();
    assertCentreScope(user, row.view.receivingCentreId);
    return row.view;
  }
}

const READERS = ['training', 'admin', 'hr', 'auditor', 'commander'] as const;

@RecognitionCaseController()
export class RecognitionCasesController {
  constructor(private readonly cases: RecognitionCases) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Recognition cases by intake, member or open/closed, paged (commanders: their centres’)' })
  @ApiOkResponse({ type: RecognitionCasePage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: RecognitionCaseListQuery): Promise<RecognitionCasePage> {
    return this.cases.list(user, query);
  }

  @Get(':caseId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A recognition case: prior service, evidence, grants, assessments required' })
  @ApiOkResponse({ type: RecognitionCaseView, description: 'the case, its version as the ETag' })
  one(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { caseId }: RecognitionCaseIdParam,
  ): Promise<RecognitionCaseView> {
    return this.cases.one(user, caseId);
  }
}
