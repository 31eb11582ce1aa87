import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { IsOptional } from 'class-validator';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

export class ReinstateMemberDto {
  @IsCalendarDate() reinstatedOn!: string;

  @IsOptional()
  @Text(2000, { required: false })
  notes?: string;
}

export class ReinstateMember extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: ReinstateMemberDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReinstateMember)
export class ReinstateMemberHandler implements ICommandHandler<ReinstateMember> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: ReinstateMember): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      { type: 'ReinstateMember', reinstatedOn: dto.reinstatedOn, notes: dto.notes ?? '' },
      ctx,
    );
  }
}

@MemberRoute()
export class ReinstateMemberController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('reinstatement', 'Reinstate a suspended member')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: ReinstateMemberDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ReinstateMember(memberId, dto, ctx));
  }
}
