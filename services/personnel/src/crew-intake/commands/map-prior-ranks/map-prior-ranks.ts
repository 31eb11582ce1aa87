import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { Command, CommandContext } from '@muster/platform';
import { MemberRole } from '../../../member/domain/member.events';
import { CommandResult } from '../../../shared/command-result';
import { MemberRoles, Text } from '../../../shared/validation';
import { CrewIntakeRecords } from '../../crew-intake-records';
import { CrewIntakeCommandPost, CrewIntakeRoute, IntakePersonParam } from '../../crew-intake-route';

export class RankOverrideDto {
  @MemberRoles() roles!: MemberRole[];
  @Text(500) reason!: string;
}

export class MapPriorRanksDto {
  @ApiPropertyOptional({ type: RankOverrideDto, nullable: true, description: 'Omit to use the default rank table' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RankOverrideDto)
  override?: RankOverrideDto | null;
}

export class MapPriorRanks extends TypedCommand<CommandResult> {
  constructor(
    readonly params: IntakePersonParam,
    readonly dto: MapPriorRanksDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(MapPriorRanks)
export class MapPriorRanksHandler implements ICommandHandler<MapPriorRanks> {
  constructor(private readonly intakes: CrewIntakeRecords) {}

  async execute({ params, dto, ctx }: MapPriorRanks): Promise<CommandResult> {
    const override = dto.override ? { roles: dto.override.roles, reason: dto.override.reason } : null;
    return this.intakes.handle(params.intakeId, { type: 'MapPriorRanks', personId: params.personId, override }, ctx);
  }
}

@CrewIntakeRoute()
export class MapPriorRanksController {
  constructor(private readonly commands: CommandBus) {}

  @CrewIntakeCommandPost(
    ':intakeId/people/:personId/rank-mapping',
    'Map a person’s prior ranks to Muster roles (default table or an override with a reason)',
  )
  map(
    @Param() params: IntakePersonParam,
    @Body() dto: MapPriorRanksDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new MapPriorRanks(params, dto, ctx));
  }
}
