import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { IsIn, IsOptional } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords, actorOf } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

export class RecordDepartureDto {
  @IsCalendarDate() departedOn!: string;

  @ApiProperty({ enum: ['resigned', 'dismissed', 'retired'] })
  @IsIn(['resigned', 'dismissed', 'retired'])
  reason!: 'resigned' | 'dismissed' | 'retired';

  @IsOptional()
  @Text(2000, { required: false })
  notes?: string;
}

export class RecordDeparture extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: RecordDepartureDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordDeparture)
export class RecordDepartureHandler implements ICommandHandler<RecordDeparture> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: RecordDeparture): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      {
        type: 'RecordDeparture',
        departedOn: dto.departedOn,
        reason: dto.reason,
        notes: dto.notes ?? '',
        actor: actorOf(ctx),
      },
      ctx,
    );
  }
}

@MemberRoute()
export class RecordDepartureController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('departure', 'Record that a member left: resigned, retired, or dismissed (admins only)')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: RecordDepartureDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecordDeparture(memberId, dto, ctx));
  }
}
