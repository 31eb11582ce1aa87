import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { VettingDto } from '../../../shared/vetting.dto';

export class VetApplicant extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: VettingDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(VetApplicant)
export class VetApplicantHandler implements ICommandHandler<VetApplicant> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: VetApplicant): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      {
        type: 'VetApplicant',
        outcome: dto.outcome,
        vettedBy: ctx.user.id,
        vettedOn: dto.vettedOn,
        notes: dto.notes ?? '',
      },
      ctx,
    );
  }
}

@MemberRoute()
export class VetApplicantController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('vetting', 'Record the vetting of an applicant: cleared or rejected (a rejection says why)')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: VettingDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new VetApplicant(memberId, dto, ctx));
  }
}
