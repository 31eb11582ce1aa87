import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { Command, CommandContext } from '@muster/platform';
import { CommandResult } from '../../../shared/command-result';
import { VettingDto } from '../../../shared/vetting.dto';
import { CrewIntakeRecords } from '../../crew-intake-records';
import { CrewIntakeCommandPost, CrewIntakeRoute, IntakePersonParam } from '../../crew-intake-route';

export class VetIntakePerson extends TypedCommand<CommandResult> {
  constructor(
    readonly params: IntakePersonParam,
    readonly dto: VettingDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(VetIntakePerson)
export class VetIntakePersonHandler implements ICommandHandler<VetIntakePerson> {
  constructor(private readonly intakes: CrewIntakeRecords) {}

  async execute({ params, dto, ctx }: VetIntakePerson): Promise<CommandResult> {
    const command = {
      type: 'VetIntakePerson',
      personId: params.personId,
      outcome: dto.outcome,
      vettedBy: ctx.user.id,
      vettedOn: dto.vettedOn,
      notes: dto.notes ?? '',
    } as const;
    return this.intakes.handle(params.intakeId, command, ctx);
  }
}

@CrewIntakeRoute()
export class VetIntakePersonController {
  constructor(private readonly commands: CommandBus) {}

  @CrewIntakeCommandPost(':intakeId/people/:personId/vetting', 'Record the vetting of one person of the crew')
  vet(
    @Param() params: IntakePersonParam,
    @Body() dto: VettingDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new VetIntakePerson(params, dto, ctx));
  }
}
