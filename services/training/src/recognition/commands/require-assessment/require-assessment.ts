import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, IsCalendarDate, Text } from '@muster/platform';
import { CourseCatalogue } from '../../../course/projections/course-catalogue/course-catalogue.queries';
import { recognitionCaseAggregate } from '../../recognition-case.aggregate';
import { RECOGNITION_DECIDERS, RecognitionCaseController, RecognitionCaseIdParam } from '../../recognition-case.routes';
import { courseOnRecord } from '../course-on-record';

const REQUIREMENTS = ['assessment', 'refresher'] as const;

export class RequireAssessmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'courseId must be a UUID' })
  courseId!: string;

  @ApiProperty({ enum: REQUIREMENTS })
  @IsIn(REQUIREMENTS, { message: `requirement must be one of: ${REQUIREMENTS.join(', ')}` })
  requirement!: (typeof REQUIREMENTS)[number];

  @Text(1000, { example: 'Breathing apparatus practice out of date' }) notes!: string;

  @IsCalendarDate() decidedOn!: string;
}

/** Application work before the command path: what the catalogue knows of the course. */
@RecognitionCaseController()
export class RequireAssessmentController {
  constructor(
    private readonly bus: CommandBus,
    private readonly catalogue: CourseCatalogue,
  ) {}

  @CommandRoute(':caseId/assessments', {
    summary: 'Require an assessment or a refresher before any certification in a course',
    roles: RECOGNITION_DECIDERS,
  })
  async require(
    @Param() { caseId }: RecognitionCaseIdParam,
    @Body() dto: RequireAssessmentDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const command = {
      type: 'RequireAssessment',
      course: await courseOnRecord(this.catalogue, dto.courseId),
      requirement: dto.requirement,
      notes: dto.notes,
      decidedOn: dto.decidedOn,
    } as const;
    return this.bus.execute(recognitionCaseAggregate.command(caseId, command, ctx));
  }
}
