import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, IsCalendarDate } from '@muster/platform';
import { CourseCatalogue } from '../../../course/projections/course-catalogue/course-catalogue.queries';
import { recognitionCaseAggregate } from '../../recognition-case.aggregate';
import { RECOGNITION_DECIDERS, RecognitionCaseController, RecognitionCaseIdParam } from '../../recognition-case.routes';
import { courseOnRecord } from '../course-on-record';

export class GrantRecognitionDto {
  @ApiProperty({ format: 'uuid', description: 'the course the prior learning is equivalent to' })
  @IsUUID('all', { message: 'courseId must be a UUID' })
  courseId!: string;

  @ApiProperty({ minimum: 0, description: 'which of the case’s prior services it recognises (0: the first listed)' })
  @IsInt()
  @Min(0)
  @Max(19)
  priorServiceIndex!: number;

  @IsCalendarDate() issuedOn!: string;

  @IsOptional()
  @IsCalendarDate({ required: false, nullable: true, description: 'its last valid day; null: it does not expire' })
  expiresOn?: string | null;
}

/** Application work before the command path: what the catalogue knows of the course. */
@RecognitionCaseController()
export class GrantRecognitionController {
  constructor(
    private readonly bus: CommandBus,
    private readonly catalogue: CourseCatalogue,
  ) {}

  @CommandRoute(':caseId/grants', {
    summary: 'Grant a certification equivalent to a course, for one of the person’s prior services (after evidence)',
    roles: RECOGNITION_DECIDERS,
  })
  async grant(
    @Param() { caseId }: RecognitionCaseIdParam,
    @Body() dto: GrantRecognitionDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const command = {
      type: 'GrantRecognition',
      course: await courseOnRecord(this.catalogue, dto.courseId),
      priorServiceIndex: dto.priorServiceIndex,
      issuedOn: dto.issuedOn,
      expiresOn: dto.expiresOn ?? null,
      grantedBy: ctx.user.id,
    } as const;
    return this.bus.execute(recognitionCaseAggregate.command(caseId, command, ctx));
  }
}
