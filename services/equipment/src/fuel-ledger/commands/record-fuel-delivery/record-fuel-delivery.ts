import { Body, Param } from '@nestjs/common';
import { Command as BusCommand, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, Text } from '@muster/platform';
import { DonorRegister } from '../../../donor/projections/donor-register/donor-register.queries';
import { IsInstant, Money } from '../../../vehicle/commands/validation';
import { fuelLedgerAggregate } from '../../fuel-ledger.aggregate';
import { FuelLedgerController, FuelLedgerCommandParam } from '../../fuel-ledger.routes';
import { Litres, MemberId } from '../fuel-fields';

export class FuelCostDto {
  @Money() amount!: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217' })
  @Matches(/^[A-Z]{3}$/, { message: 'cost.currency must be a three-letter ISO 4217 code, e.g. USD' })
  currency!: string;
}

export class RecordFuelDeliveryDto {
  @Litres(0.1) litres!: number;

  @IsOptional()
  @Text(200, { required: false, nullable: true, description: 'the supplier it was bought from' })
  supplier?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'the donor of the register who gave or paid it',
  })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be a UUID' })
  donorId?: string | null;

  @ApiPropertyOptional({ type: FuelCostDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FuelCostDto)
  cost?: FuelCostDto | null;

  @MemberId({ description: 'the member who received it into the stock' }) receivedBy!: string;
  @IsInstant() deliveredAt!: string;
}

export class RecordFuelDelivery extends BusCommand<CommandResult> {
  constructor(
    readonly centreId: string,
    readonly dto: RecordFuelDeliveryDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** Application work before the command path: whether the donor register holds the donor goes into the command. */
@CommandHandler(RecordFuelDelivery)
export class RecordFuelDeliveryHandler implements ICommandHandler<RecordFuelDelivery> {
  constructor(
    private readonly bus: CommandBus,
    private readonly donors: DonorRegister,
  ) {}

  async execute({ centreId, dto, ctx }: RecordFuelDelivery): Promise<CommandResult> {
    const donorId = dto.donorId ?? null;
    const donorOnRecord = await this.donors.isOnRecord(donorId);
    return this.bus.execute(
      fuelLedgerAggregate.command(
        centreId,
        {
          type: 'RecordFuelDelivery',
          centreId,
          litres: dto.litres,
          source: { supplier: dto.supplier ?? null, donorId },
          donorOnRecord,
          cost: dto.cost ? { amount: dto.cost.amount, currency: dto.cost.currency } : null,
          receivedBy: dto.receivedBy,
          deliveredAt: dto.deliveredAt,
        },
        ctx,
      ),
    );
  }
}

@FuelLedgerController()
export class RecordFuelDeliveryRoute {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute(':centreId/deliveries', {
    summary:
      'Record fuel delivered into a centre’s stock: litres, from which supplier or donor, its cost, who received it',
    roles: ['logistics', 'admin'],
  })
  deliver(
    @Param() { centreId }: FuelLedgerCommandParam,
    @Body() dto: RecordFuelDeliveryDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.bus.execute(new RecordFuelDelivery(centreId, dto, ctx));
  }
}
