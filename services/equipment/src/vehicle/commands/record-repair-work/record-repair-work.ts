import { Body, Param } from '@nestjs/common';
import { Command as BusCommand, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, IsCalendarDate, Text } from '@muster/platform';
import { DonorRegister } from '../../../donor/projections/donor-register/donor-register.queries';
import { vehicleAggregate } from '../../vehicle.aggregate';
import { VehicleController } from '../../vehicle.routes';
import { RepairOrderParams } from '../repair-order-params';
import { Money } from '../validation';

export class RepairPartDto {
  @Text(200, { example: 'Radiator' }) description!: string;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  quantity!: number;

  @Money({ description: 'per unit' }) unitCost!: number;
}

export class FundingSourceDto {
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    required: false,
    description: 'a donor of the register; none: own funds',
  })
  @IsOptional()
  @IsUUID('all', { message: 'fundingSource.donorId must be a UUID' })
  donorId?: string | null;

  @Text(200, { example: 'Vehicle maintenance grant 2026' }) description!: string;
}

export class RecordRepairWorkDto {
  @Text(2000, { example: 'Radiator replaced' }) workDone!: string;

  @ApiProperty({ type: RepairPartDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RepairPartDto)
  parts!: RepairPartDto[];

  @Money() labourCost!: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code, e.g. USD' })
  currency!: string;

  @ApiProperty({ type: FundingSourceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => FundingSourceDto)
  fundingSource!: FundingSourceDto;

  @IsCalendarDate() recordedOn!: string;
}

export class RecordRepairWork extends BusCommand<CommandResult> {
  constructor(
    readonly params: RepairOrderParams,
    readonly dto: RecordRepairWorkDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** Application work before the command path: whether the donor register holds the funding donor. */
@CommandHandler(RecordRepairWork)
export class RecordRepairWorkHandler implements ICommandHandler<RecordRepairWork> {
  constructor(
    private readonly bus: CommandBus,
    private readonly donors: DonorRegister,
  ) {}

  async execute({ params, dto, ctx }: RecordRepairWork): Promise<CommandResult> {
    const donorId = dto.fundingSource.donorId ?? null;
    return this.bus.execute(
      vehicleAggregate.command(
        params.vehicleId,
        {
          type: 'RecordRepairWork',
          orderId: params.orderId,
          workDone: dto.workDone,
          parts: dto.parts.map(({ description, quantity, unitCost }) => ({ description, quantity, unitCost })),
          labourCost: dto.labourCost,
          currency: dto.currency,
          fundingSource: { donorId, description: dto.fundingSource.description },
          donorOnRecord: await this.donors.isOnRecord(donorId),
          recordedOn: dto.recordedOn,
        },
        ctx,
      ),
    );
  }
}

@VehicleController()
export class RecordRepairWorkRoute {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute(':vehicleId/repair-orders/:orderId/work', {
    summary: 'Record work on an open repair order: what was done, the parts, the cost and who paid',
    roles: ['logistics', 'admin'],
  })
  record(
    @Param() params: RepairOrderParams,
    @Body() dto: RecordRepairWorkDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.bus.execute(new RecordRepairWork(params, dto, ctx));
  }
}
