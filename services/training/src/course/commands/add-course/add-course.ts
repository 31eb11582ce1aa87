import { Body } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, newRecordId } from '@muster/platform';
import { courseAggregate } from '../../course.aggregate';
import { CourseController } from '../../course.routes';
import { CourseCatalogue } from '../../projections/course-catalogue/course-catalogue.queries';
import { courseTermsOf } from '../../domain/course.commands';
import { CourseTermsDto } from '../course-terms.dto';

/** A course of the catalogue: its code and its terms. */
export class AddCourseDto extends CourseTermsDto {
  @ApiProperty({ example: 'DD-201', maxLength: 20 })
  @Matches(/^(?=.{1,20}$)[A-Z0-9]+(-[A-Z0-9]+)*$/, {
    message: 'code must be up to 20 capital letters and digits, in groups joined by hyphens (e.g. FF-101)',
  })
  code!: string;
}

/** Application work before the command path: what the catalogue knows of the code and the prerequisites. */
@CourseController()
export class AddCourseController {
  constructor(
    private readonly bus: CommandBus,
    private readonly catalogue: CourseCatalogue,
  ) {}

  @CommandRoute('', {
    summary: 'Add a course: code, names in Arabic and English, competency, hours, pass mark, validity, prerequisites',
    roles: ['training', 'admin'],
    creates: true,
  })
  async add(@Body() dto: AddCourseDto, @CommandCtx() ctx: CommandContext): Promise<CommandResult> {
    const courseId = newRecordId('course', ctx);
    const catalogue = {
      codeTaken: await this.catalogue.codeTaken(dto.code, courseId),
      recordedPrerequisites: (await this.catalogue.views(dto.prerequisites)).map((c) => c.courseId),
    };
    return this.bus.execute(
      courseAggregate.command(
        courseId,
        { type: 'AddCourse', courseId, code: dto.code, ...courseTermsOf(dto), catalogue },
        ctx,
      ),
    );
  }
}
