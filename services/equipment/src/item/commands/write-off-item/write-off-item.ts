import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { ITEM_WRITE_OFF_REASONS, ItemWriteOffReason } from '../../domain/item.events';
import { itemRoutes } from '../../item.routes';
import { HolderDto, holderOf } from '../holder.dto';
import { Quantity } from '../quantity';

export class WriteOffItemDto {
  @ApiPropertyOptional({ type: HolderDto, nullable: true, description: 'who had it; none: the centre’s stock' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => HolderDto)
  holder?: HolderDto | null;

  @Quantity() quantity!: number;

  @ApiProperty({ enum: ITEM_WRITE_OFF_REASONS })
  @IsIn(ITEM_WRITE_OFF_REASONS, { message: `reason must be one of: ${ITEM_WRITE_OFF_REASONS.join(', ')}` })
  reason!: ItemWriteOffReason;

  @Text(200, { example: 'Incident report INC-2026-0114' }) evidenceRef!: string;
  @IsCalendarDate() writtenOffOn!: string;
}

export const WriteOffItemRoute = itemRoutes.command(':itemId/write-off', {
  summary: 'Write off an item, or so many of a consumable (lost, stolen, destroyed, beyond repair, not recovered)',
  body: WriteOffItemDto,
  command: (dto) => ({
    type: 'WriteOffItem',
    holder: dto.holder ? holderOf(dto.holder) : null,
    quantity: dto.quantity,
    reason: dto.reason,
    evidenceRef: dto.evidenceRef,
    writtenOffOn: dto.writtenOffOn,
  }),
});
