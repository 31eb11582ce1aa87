import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

export class StartLeaveDto {
  @IsCalendarDate() from!: string;

  @IsCalendarDate() until!: string;

  @Text(500) reason!: string;
}

export class StartLeave extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: StartLeaveDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(StartLeave)
export class StartLeaveHandler implements ICommandHandler<StartLeave> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: StartLeave): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      { type: 'StartLeave', from: dto.from, until: dto.until, reason: dto.reason },
      ctx,
    );
  }
}

@MemberRoute()
export class StartLeaveController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('leave', 'Record that a member goes on leave')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: StartLeaveDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new StartLeave(memberId, dto, ctx));
  }
}
