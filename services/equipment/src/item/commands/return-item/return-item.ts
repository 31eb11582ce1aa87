import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '@muster/platform';
import { itemRoutes } from '../../item.routes';
import { HolderDto, holderOf } from '../holder.dto';
import { Quantity } from '../quantity';

const CONDITIONS = ['good', 'damaged'] as const;

export class ReturnItemDto {
  @ApiProperty({ type: HolderDto, description: 'who gives it back' })
  @IsObject()
  @ValidateNested()
  @Type(() => HolderDto)
  holder!: HolderDto;

  @Quantity() quantity!: number;
  @IsCalendarDate() returnedOn!: string;

  @ApiProperty({ enum: CONDITIONS })
  @IsIn(CONDITIONS, { message: `condition must be one of: ${CONDITIONS.join(', ')}` })
  condition!: (typeof CONDITIONS)[number];
}

export const ReturnItemRoute = itemRoutes.command(':itemId/return', {
  summary: 'Take an item back from its holder into its centre’s stock, in good order or damaged',
  body: ReturnItemDto,
  command: (dto) => ({
    type: 'ReturnItem',
    holder: holderOf(dto.holder),
    quantity: dto.quantity,
    returnedOn: dto.returnedOn,
    condition: dto.condition,
  }),
});
