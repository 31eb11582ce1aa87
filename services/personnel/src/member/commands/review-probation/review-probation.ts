import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { IsIn, ValidateIf } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandContext } from '@muster/platform';
import { ProbationOutcome } from '../../domain/member.commands';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

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

export class ReviewProbation extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: ReviewProbationDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReviewProbation)
export class ReviewProbationHandler implements ICommandHandler<ReviewProbation> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: ReviewProbation): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      { type: 'ReviewProbation', reviewedOn: dto.reviewedOn, outcome: probationOutcome(dto) },
      ctx,
    );
  }
}

@MemberRoute()
export class ReviewProbationController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost(
    'probation-review',
    'Review a probation: confirm, extend (to a later date) or end it (the member departs)',
  )
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: ReviewProbationDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ReviewProbation(memberId, dto, ctx));
  }
}
