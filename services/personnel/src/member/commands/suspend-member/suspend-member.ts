import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

export class SuspendMemberDto {
  @IsCalendarDate() since!: string;

  @Text(500) reason!: string;
}

export class SuspendMember extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: SuspendMemberDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SuspendMember)
export class SuspendMemberHandler implements ICommandHandler<SuspendMember> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: SuspendMember): Promise<CommandResult> {
    return this.members.handle(memberId, { type: 'SuspendMember', since: dto.since, reason: dto.reason }, ctx);
  }
}

@MemberRoute()
export class SuspendMemberController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('suspension', 'Suspend a member, with the reason')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: SuspendMemberDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new SuspendMember(memberId, dto, ctx));
  }
}
