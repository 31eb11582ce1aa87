import { IsIn, ValidateIf } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { ProbationOutcome } from '../../domain/member.commands';
import { IsCalendarDate, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class ReviewProbationDto {
  @IsCalendarDate() reviewedOn!: string;

  @ApiProperty({ enum: ['confirm', 'extend', 'end'] })
  @IsIn(['confirm', 'extend', 'end'])
  outcome!: 'confirm' | 'extend' | 'end';

  @ValidateIf((d: ReviewProbationDto) => d.outcome === 'extend')
  @IsCalendarDate({ required: false, description: 'Required to extend' })
  newEndsOn?: string;

  @ValidateIf((d: ReviewProbationDto) => d.outcome !== 'confirm' || d.notes !== undefined)
  @Text(2000, { required: false, description: 'Why (required to extend or end); notes to confirm' })
  notes?: string;
}

function probationOutcome(dto: ReviewProbationDto): ProbationOutcome {
  switch (dto.outcome) {
    case 'confirm':
      return { kind: 'confirm', notes: dto.notes ?? '' };
    case 'extend':
      return { kind: 'extend', newEndsOn: dto.newEndsOn ?? '', reason: dto.notes ?? '' };
    case 'end':
      return { kind: 'end', reason: dto.notes ?? '' };
  }
}

export const ReviewProbationRoute = memberRoutes.command(':memberId/probation-review', {
  summary: 'Review a probation: confirm, extend (to a later date) or end it (the member departs)',
  body: ReviewProbationDto,
  command: (dto) => ({ type: 'ReviewProbation', reviewedOn: dto.reviewedOn, outcome: probationOutcome(dto) }),
});
