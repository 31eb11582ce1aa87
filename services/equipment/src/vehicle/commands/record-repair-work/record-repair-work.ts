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
import { IsCalendarDate, Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';
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

export const RecordRepairWorkRoute = vehicleRoutes.commandWith(
  ':vehicleId/repair-orders/:orderId/work',
  RepairOrderParams,
  {
    summary: 'Record work on an open repair order: what was done, the parts, the cost and who paid',
    body: RecordRepairWorkDto,
    command: (dto, { orderId }) => ({
      type: 'RecordRepairWork',
      orderId,
      workDone: dto.workDone,
      parts: dto.parts.map(({ description, quantity, unitCost }) => ({ description, quantity, unitCost })),
      labourCost: dto.labourCost,
      currency: dto.currency,
      fundingSource: { donorId: dto.fundingSource.donorId ?? null, description: dto.fundingSource.description },
      recordedOn: dto.recordedOn,
    }),
  },
);
