import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { IsOptional } from 'class-validator';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

export class RecordDeathInLineOfDutyDto {
  @IsCalendarDate() diedOn!: string;

  @Text(100) incidentRef!: string;

  @IsOptional()
  @Text(4000, { required: false })
  circumstances?: string;
}

export class RecordDeathInLineOfDuty extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: RecordDeathInLineOfDutyDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordDeathInLineOfDuty)
export class RecordDeathInLineOfDutyHandler implements ICommandHandler<RecordDeathInLineOfDuty> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: RecordDeathInLineOfDuty): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      {
        type: 'RecordDeathInLineOfDuty',
        diedOn: dto.diedOn,
        incidentRef: dto.incidentRef,
        circumstances: dto.circumstances ?? '',
      },
      ctx,
    );
  }
}

@MemberRoute()
export class RecordDeathInLineOfDutyController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('death-in-line-of-duty', 'Record, with dignity, that a member was killed in the line of duty')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: RecordDeathInLineOfDutyDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecordDeathInLineOfDuty(memberId, dto, ctx));
  }
}
