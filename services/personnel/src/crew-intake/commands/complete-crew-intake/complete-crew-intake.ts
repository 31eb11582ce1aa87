import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate } from '@muster/platform';
import { crewIntakeRoutes } from '../../crew-intake.routes';

export class CompleteCrewIntakeDto {
  @IsCalendarDate() completedOn!: string;

  @ApiProperty({ minimum: 1, maximum: 24, example: 6 })
  @IsInt()
  @Min(1)
  @Max(24)
  probationMonths!: number;
}

/** The members follow from the completion event (reaction `crew-intake-members`), each exactly once. */
export const CompleteCrewIntakeRoute = crewIntakeRoutes.command(':intakeId/completion', {
  summary: 'Complete the intake: every cleared person then becomes a member on probation (safe to retry)',
  body: CompleteCrewIntakeDto,
  command: (dto) => ({
    type: 'CompleteCrewIntake',
    completedOn: dto.completedOn,
    probationMonths: dto.probationMonths,
  }),
});
