import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, IsCalendarDate, Text } from '@muster/platform';
import { courseAggregate } from '../../course.aggregate';
import { CourseController, CourseIdParam } from '../../course.routes';
import { CourseCatalogue } from '../../projections/course-catalogue/course-catalogue.queries';
import { courseTermsOf } from '../../domain/course.commands';
import { CourseTermsDto } from '../course-terms.dto';

/** Every term of the new version (not a patch: a version is read whole), with the day and the reason. */
export class ReviseCourseDto extends CourseTermsDto {
  @IsCalendarDate() revisedOn!: string;
  @Text(1000, { example: 'Night driving added' }) reason!: string;
}

/** Application work before the command path: which prerequisites are courses of the catalogue. */
@CourseController()
export class ReviseCourseController {
  constructor(
    private readonly bus: CommandBus,
    private readonly catalogue: CourseCatalogue,
  ) {}

  @CommandRoute(':courseId/revise', {
    summary: 'Revise a course: a new version of its terms from a day, with why; earlier versions stay readable',
    roles: ['training', 'admin'],
  })
  async revise(
    @Param() { courseId }: CourseIdParam,
    @Body() dto: ReviseCourseDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const recordedPrerequisites = (await this.catalogue.views(dto.prerequisites)).map((c) => c.courseId);
    return this.bus.execute(
      courseAggregate.command(
        courseId,
        {
          type: 'ReviseCourse',
          ...courseTermsOf(dto),
          revisedOn: dto.revisedOn,
          reason: dto.reason,
          catalogue: { recordedPrerequisites },
        },
        ctx,
      ),
    );
  }
}
