import { Body, Param } from '@nestjs/common';
import { Command as BusCommand, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute } from '@muster/platform';
import { EngineHours, IsInstant, OdometerKm } from '../../../vehicle/commands/validation';
import { actorOf } from '../../../vehicle/vehicle.aggregate';
import { FuelTarget } from '../../domain/fuel-ledger.events';
import { fuelLedgerAggregate } from '../../fuel-ledger.aggregate';
import { FuelLedgerController, FuelLedgerParam } from '../../fuel-ledger.routes';
import { FuelAssetFactsReader } from '../../projections/fuel-ledger-register/fuel-asset-facts';
import { Litres, MemberId } from '../fuel-fields';

const TARGET_KINDS = ['vehicle', 'generator'] as const;

export class IssueFuelDto {
  @ApiProperty({ enum: TARGET_KINDS })
  @IsIn(TARGET_KINDS, { message: `targetKind must be one of: ${TARGET_KINDS.join(', ')}` })
  targetKind!: (typeof TARGET_KINDS)[number];

  @ApiProperty({ format: 'uuid', description: 'the vehicle, or the generator (an equipment item)' })
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId!: string;

  // Each reading is required with its kind of target, and only read for it.
  @ValidateIf((dto: IssueFuelDto) => dto.targetKind === 'vehicle')
  @OdometerKm({ required: false, description: 'a vehicle: its odometer at the pump' })
  odometerKm!: number;

  @ValidateIf((dto: IssueFuelDto) => dto.targetKind === 'generator')
  @EngineHours({ required: false, description: 'a generator: its hour meter at the pump' })
  engineHours!: number;

  @Litres(0.1) litres!: number;
  @MemberId({ description: 'the member who issued it from the stock' }) issuedBy!: string;
  @MemberId({ description: 'the member who took it (the driver, the generator’s operator)' }) receivedBy!: string;
  @IsInstant() issuedAt!: string;
}

export class IssueFuel extends BusCommand<CommandResult> {
  constructor(
    readonly centreId: string,
    readonly dto: IssueFuelDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/**
 * Application work before the command path: the asset's few facts (one O(1) read, which checks the centre too) go
 * into the command.
 */
@CommandHandler(IssueFuel)
export class IssueFuelHandler implements ICommandHandler<IssueFuel> {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: FuelAssetFactsReader,
  ) {}

  async execute({ centreId, dto, ctx }: IssueFuel): Promise<CommandResult> {
    const target: FuelTarget =
      dto.targetKind === 'vehicle'
        ? { kind: 'vehicle', vehicleId: dto.targetId, odometerKm: dto.odometerKm }
        : { kind: 'generator', itemId: dto.targetId, engineHours: dto.engineHours };
    return this.bus.execute(
      fuelLedgerAggregate.command(
        centreId,
        {
          type: 'IssueFuel',
          centreId,
          target,
          litres: dto.litres,
          issuedBy: dto.issuedBy,
          receivedBy: dto.receivedBy,
          issuedAt: dto.issuedAt,
          asset: await this.facts.factsOf(centreId, target),
          actor: actorOf(ctx),
        },
        ctx,
      ),
    );
  }
}

@FuelLedgerController()
export class IssueFuelRoute {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute(':centreId/issues', {
    summary:
      'Issue fuel from a centre’s stock to a vehicle or a generator, against its reading (commanders: at their own centre); flagged for review when the tank, the reading or the consumption says so',
    roles: ['logistics', 'admin', 'commander'],
  })
  issue(
    // The centre is checked with the asset's facts, in one read (FuelAssetFactsReader).
    @Param() { centreId }: FuelLedgerParam,
    @Body() dto: IssueFuelDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.bus.execute(new IssueFuel(centreId, dto, ctx));
  }
}
