import { Body } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsUUID } from 'class-validator';
import {
  CommandContext,
  CommandCtx,
  CommandResult,
  CommandRoute,
  IsCalendarDate,
  KnownCentre,
  newRecordId,
} from '@muster/platform';
import { CourseCatalogue } from '../../../course/projections/course-catalogue/course-catalogue.queries';
import { SessionCourse } from '../../domain/session.commands';
import { actorOf, sessionAggregate } from '../../session.aggregate';
import { SESSION_WRITERS, SessionController } from '../../session.routes';

export class ScheduleSessionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'courseId must be a UUID' })
  courseId!: string;

  @ApiProperty({ format: 'uuid', description: 'where it runs' })
  @IsUUID('all', { message: 'centreId must be a UUID' })
  @KnownCentre()
  centreId!: string;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 20, description: 'member ids' })
  @IsArray()
  @ArrayMinSize(1, { message: 'a session needs at least one instructor' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'instructorIds must be member ids' })
  instructorIds!: string[];

  @IsCalendarDate() startsOn!: string;
  @IsCalendarDate() endsOn!: string;

  // Its range is the session's rule (SESSION_INVALID_CAPACITY), so that the refusal names it.
  @ApiProperty({ minimum: 1, maximum: 500, example: 20 })
  @IsInt()
  capacity!: number;
}

/** Application work before the command path: the course and its prerequisites' competencies from the catalogue. */
@SessionController()
export class ScheduleSessionController {
  constructor(
    private readonly bus: CommandBus,
    private readonly catalogue: CourseCatalogue,
  ) {}

  @CommandRoute('', {
    summary: 'Schedule a session of a course at a centre: instructors, days, capacity (commanders: their centres)',
    roles: SESSION_WRITERS,
    creates: true,
  })
  async schedule(@Body() dto: ScheduleSessionDto, @CommandCtx() ctx: CommandContext): Promise<CommandResult> {
    const sessionId = newRecordId('session', ctx);
    const [view] = await this.catalogue.views([dto.courseId]);
    const course: SessionCourse | null = view
      ? {
          courseId: view.courseId,
          code: view.code,
          competency: view.competency,
          passMark: view.passMark,
          validityMonths: view.validityMonths,
          isInduction: view.isInduction,
          retired: view.retired !== null,
          prerequisiteCompetencies: [
            ...new Set((await this.catalogue.views(view.prerequisites)).map((p) => p.competency)),
          ],
        }
      : null;
    return this.bus.execute(
      sessionAggregate.command(
        sessionId,
        { type: 'ScheduleSession', sessionId, ...dto, course, actor: actorOf(ctx) },
        ctx,
      ),
    );
  }
}
