import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { assertCentreScope, AuthenticatedUser, CurrentUser, inCentreScope, Roles } from '@muster/auth';
import { PageOf, PageQuery } from '@muster/platform';
import { SessionErrors } from '../../domain/session.errors';
import { SessionController, SessionIdParam } from '../../session.routes';
import { SessionView } from './session-view';

export class SessionListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'courseId must be a UUID' })
  courseId?: string;
}

export class SessionPage extends PageOf(SessionView) {}

/** Reads of the training_sessions read model, scoped to a commander's centres. */
@Injectable()
export class SessionRegister {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: SessionListQuery): Promise<SessionPage> {
    if (query.centreId) assertCentreScope(user, query.centreId);
    const centres = query.centreId
      ? [query.centreId]
      : user.scope.kind === 'centres'
        ? [...user.scope.centreIds]
        : null;
    const rows = await this.dataSource.query<{ view: SessionView; total: string }[]>(
      `SELECT view, count(*) OVER () AS total FROM training_sessions
        WHERE ($1::uuid[] IS NULL OR centre_id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR course_id = $2)
        ORDER BY starts_on DESC, session_id LIMIT $3 OFFSET $4`,
      [centres, query.courseId ?? null, query.limit, query.offset],
    );
    return {
      items: rows.map((r) => r.view),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** SESSION_NOT_FOUND when unknown or at a centre a commander does not command. */
  async session(user: AuthenticatedUser, sessionId: string): Promise<SessionView> {
    const [row] = await this.dataSource.query<{ view: SessionView }[]>(
      `SELECT view FROM training_sessions WHERE session_id = $1`,
      [sessionId],
    );
    const scope = user.scope;
    if (!row || !inCentreScope(scope, row.view.centreId)) {
      throw SessionErrors.notFound();
    }
    return row.view;
  }

  /** The session's course as enrolment and results need it (null: no such session). */
  async courseOf(sessionId: string): Promise<{ competency: string; retired: boolean } | null> {
    const [row] = await this.dataSource.query<{ competency: string; retired: boolean }[]>(
      `SELECT s.view->>'competency' AS competency, c.retired FROM training_sessions s
         JOIN training_courses c ON c.course_id = s.course_id
        WHERE s.session_id = $1`,
      [sessionId],
    );
    return row ?? null;
  }
}

const READERS = ['training', 'admin', 'commander', 'hr', 'auditor'] as const;

@SessionController()
export class SessionRegisterController {
  constructor(private readonly register: SessionRegister) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Sessions by centre and course, the latest first, paged (commanders: their centres’)' })
  @ApiOkResponse({ type: SessionPage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: SessionListQuery): Promise<SessionPage> {
    return this.register.list(user, query);
  }

  @Get(':sessionId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A session with its enrolments, attendance by day and results' })
  @ApiOkResponse({ type: SessionView, description: 'The session; `version` is its stream version (also the ETag)' })
  session(@CurrentUser() user: AuthenticatedUser, @Param() { sessionId }: SessionIdParam): Promise<SessionView> {
    return this.register.session(user, sessionId);
  }
}
