import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { Command, CommandContext } from '@muster/platform';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';
import { CrewIntakeRecords } from '../../crew-intake-records';
import { CrewIntakeCommandPost, CrewIntakeRoute, IntakeIdParam } from '../../crew-intake-route';

export class CancelCrewIntakeDto {
  @IsCalendarDate() cancelledOn!: string;
  @Text(1000) reason!: string;
}

export class CancelCrewIntake extends TypedCommand<CommandResult> {
  constructor(
    readonly intakeId: string,
    readonly dto: CancelCrewIntakeDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CancelCrewIntake)
export class CancelCrewIntakeHandler implements ICommandHandler<CancelCrewIntake> {
  constructor(private readonly intakes: CrewIntakeRecords) {}

  async execute({ intakeId, dto, ctx }: CancelCrewIntake): Promise<CommandResult> {
    return this.intakes.handle(
      intakeId,
      { type: 'CancelCrewIntake', cancelledOn: dto.cancelledOn, reason: dto.reason },
      ctx,
    );
  }
}

@CrewIntakeRoute()
export class CancelCrewIntakeController {
  constructor(private readonly commands: CommandBus) {}

  @CrewIntakeCommandPost(':intakeId/cancellation', 'Cancel an open intake, with the reason')
  cancel(
    @Param() { intakeId }: IntakeIdParam,
    @Body() dto: CancelCrewIntakeDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CancelCrewIntake(intakeId, dto, ctx));
  }
}
