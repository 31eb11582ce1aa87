import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { IsBoolean, IsOptional } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

export class RecordInjuryDto {
  @IsCalendarDate() injuredOn!: string;

  @ApiProperty()
  @IsBoolean()
  inLineOfDuty!: boolean;

  @IsOptional()
  @Text(100, { required: false, nullable: true })
  incidentRef?: string | null;

  @IsOptional()
  @Text(2000, { required: false })
  description?: string;
}

export class RecordInjury extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: RecordInjuryDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordInjury)
export class RecordInjuryHandler implements ICommandHandler<RecordInjury> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: RecordInjury): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      {
        type: 'RecordInjury',
        injuredOn: dto.injuredOn,
        inLineOfDuty: dto.inLineOfDuty,
        incidentRef: dto.incidentRef ?? null,
        description: dto.description ?? '',
      },
      ctx,
    );
  }
}

@MemberRoute()
export class RecordInjuryController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('injuries', 'Record an injury (in the line of duty: with the incident behind it)')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: RecordInjuryDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecordInjury(memberId, dto, ctx));
  }
}
