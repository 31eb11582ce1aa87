import { Body, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { Roles } from '@muster/auth';
import { Command, CommandContext } from '@muster/platform';
import { CommandResult } from '../../../shared/command-result';
import { deterministicUuid } from '../../../shared/deterministic-id';
import { IsCalendarDate, Text } from '../../../shared/validation';
import { CrewIntakeRecords } from '../../crew-intake-records';
import { CrewIntakeRoute } from '../../crew-intake-route';

export class OpenCrewIntakeDto {
  @Text(200, { example: 'Aleppo Civil Fire Brigade' }) sourceOrganisation!: string;
  @Text(200, { example: 'Station 3 crew' }) unitName!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  receivingCentreId!: string;

  @IsCalendarDate() openedOn!: string;
}

export class OpenCrewIntake extends TypedCommand<CommandResult> {
  constructor(
    readonly dto: OpenCrewIntakeDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(OpenCrewIntake)
export class OpenCrewIntakeHandler implements ICommandHandler<OpenCrewIntake> {
  constructor(private readonly intakes: CrewIntakeRecords) {}

  async execute({ dto, ctx }: OpenCrewIntake): Promise<CommandResult> {
    const intakeId = ctx.idempotencyKey
      ? deterministicUuid('crew-intake', ctx.user.id, ctx.idempotencyKey)
      : randomUUID();
    return this.intakes.handle(intakeId, { type: 'OpenCrewIntake', intakeId, ...dto }, ctx);
  }
}

@CrewIntakeRoute()
export class OpenCrewIntakeController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('hr', 'admin')
  @ApiOperation({ summary: 'Open the intake of a whole crew from another organisation into a receiving centre' })
  @ApiCreatedResponse({ type: CommandResult })
  open(@Body() dto: OpenCrewIntakeDto, @Command() ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new OpenCrewIntake(dto, ctx));
  }
}
