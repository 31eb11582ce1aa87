import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { asOfInstant, AsOfQuery, PageOf, PageQuery } from '@muster/platform';
import { CourseController, CourseIdParam } from '../../course.routes';
import { courseCatalogue } from '../../domain/course.catalogue';
import { COMPETENCY } from '../../domain/course.commands';
import { CourseErrors } from '../../domain/course.errors';
import { CourseView, evolveCourseView } from './course-view';

export class CourseListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'first-aid' })
  @IsOptional()
  @Matches(COMPETENCY, { message: 'competency must be lower-case words joined by hyphens, e.g. first-aid' })
  competency?: string;

  @ApiPropertyOptional({ default: false, description: 'list retired courses too' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'includeRetired must be true or false' })
  includeRetired = false;
}

export class CoursePage extends PageOf(CourseView) {}

/** Reads of the training_courses read model, and of a course's stream for a past date. */
@Injectable()
export class CourseCatalogue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PostgresEventStore,
  ) {}

  async list(query: CourseListQuery): Promise<CoursePage> {
    const rows = await this.dataSource.query<{ view: CourseView; total: string }[]>(
      `SELECT view, count(*) OVER () AS total FROM training_courses
        WHERE ($1::text IS NULL OR competency = $1) AND ($2 OR NOT retired)
        ORDER BY code LIMIT $3 OFFSET $4`,
      [query.competency ?? null, query.includeRetired, query.limit, query.offset],
    );
    return {
      items: rows.map((r) => r.view),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** The course now (one indexed read), or the version in force at `asOf` (its stream, folded); COURSE_NOT_FOUND. */
  async course(courseId: string, asOf?: string): Promise<CourseView> {
    const view = asOf === undefined ? (await this.views([courseId]))[0] : await this.past(courseId, asOfInstant(asOf));
    if (!view) throw CourseErrors.notFound();
    return view;
  }

  /** The courses of these ids that are in the catalogue, retired ones included. */
  async views(courseIds: readonly string[]): Promise<CourseView[]> {
    const rows = await this.dataSource.query<{ view: CourseView }[]>(
      `SELECT view FROM training_courses WHERE course_id = ANY($1::uuid[])`,
      [courseIds],
    );
    return rows.map((r) => r.view);
  }

  /** Whether a course other than `courseId` holds `code`. */
  async codeTaken(code: string, courseId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM training_courses WHERE code = $1 AND course_id <> $2`,
      [code.trim(), courseId],
    );
    return rows.length > 0;
  }

  private async past(courseId: string, asOf: Date): Promise<CourseView | null> {
    const recorded = await this.store.readStream(courseCatalogue.streamId(courseId), { asOf });
    return recorded.flatMap((e) => courseCatalogue.narrow(e) ?? []).reduce(evolveCourseView, null);
  }
}

const READERS = ['training', 'admin', 'commander', 'hr', 'auditor'] as const;

@CourseController()
export class CourseCatalogueController {
  constructor(private readonly catalogue: CourseCatalogue) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The course catalogue by competency, paged (retired courses on request)' })
  @ApiOkResponse({ type: CoursePage })
  list(@Query() query: CourseListQuery): Promise<CoursePage> {
    return this.catalogue.list(query);
  }

  @Get(':courseId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A course: its terms now, or the version in force on a past date (?asOf=), with history' })
  @ApiOkResponse({
    type: CourseView,
    description: 'The course’s terms, retirement and earlier versions; `version` is its stream version',
  })
  course(@Param() { courseId }: CourseIdParam, @Query() { asOf }: AsOfQuery): Promise<CourseView> {
    return this.catalogue.course(courseId, asOf);
  }
}
