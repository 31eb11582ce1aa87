import { Body, Param } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, IsCalendarDate, Text } from '@muster/platform';
import { ProbationOutcome } from '../../domain/member.commands';
import { memberAggregate } from '../../member.aggregate';
import { MemberController, MemberIdParam } from '../../member.routes';
import { MemberInductions } from '../../projections/inductions/member-inductions';
import { PersonalText } from '../../../identity';
import { IdentityVault } from '../../../vault/identity-vault';

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

function probationOutcome(
  dto: ReviewProbationDto,
  inductionCompletedOn: string | null,
  notes: PersonalText,
): ProbationOutcome {
  switch (dto.outcome) {
    case 'confirm':
      return { kind: 'confirm', notes, inductionCompletedOn };
    case 'extend':
      return { kind: 'extend', newEndsOn: dto.newEndsOn ?? '', reason: notes };
    case 'end':
      return { kind: 'end', reason: notes };
  }
}

export class ReviewProbation extends Command<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: ReviewProbationDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/**
 * Application work before the command path: what training has reported of the member's induction; the notes sealed
 * with the member's key.
 */
@CommandHandler(ReviewProbation)
export class ReviewProbationHandler implements ICommandHandler<ReviewProbation> {
  constructor(
    private readonly bus: CommandBus,
    private readonly inductions: MemberInductions,
    private readonly vault: IdentityVault,
  ) {}

  async execute({ memberId, dto, ctx }: ReviewProbation): Promise<CommandResult> {
    const notes = await this.vault.sealText(memberId, dto.notes ?? '');
    const outcome = probationOutcome(dto, await this.inductions.completedOn(memberId), notes);
    return this.bus.execute(
      memberAggregate.command(memberId, { type: 'ReviewProbation', reviewedOn: dto.reviewedOn, outcome }, ctx),
    );
  }
}

@MemberController()
export class ReviewProbationController {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute(':memberId/probation-review', {
    summary: 'Review a probation: confirm (once the induction is done), extend (to a later date) or end it',
    roles: ['hr', 'admin'],
  })
  review(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: ReviewProbationDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.bus.execute(new ReviewProbation(memberId, dto, ctx));
  }
}
