import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate } from '../../../shared/validation';

export class ReturnFromLeaveDto {
  @IsCalendarDate() returnedOn!: string;
}

export class ReturnFromLeave extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: ReturnFromLeaveDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReturnFromLeave)
export class ReturnFromLeaveHandler implements ICommandHandler<ReturnFromLeave> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: ReturnFromLeave): Promise<CommandResult> {
    return this.members.handle(memberId, { type: 'ReturnFromLeave', returnedOn: dto.returnedOn }, ctx);
  }
}

@MemberRoute()
export class ReturnFromLeaveController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('leave-return', 'Record a member’s return from leave')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: ReturnFromLeaveDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ReturnFromLeave(memberId, dto, ctx));
  }
}
