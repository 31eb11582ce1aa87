import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '@muster/platform';
import { itemRoutes } from '../../item.routes';
import { HolderDto, holderOf } from '../holder.dto';
import { Quantity } from '../quantity';

export class IssueItemDto {
  @ApiProperty({ type: HolderDto })
  @IsObject()
  @ValidateNested()
  @Type(() => HolderDto)
  holder!: HolderDto;

  @Quantity() quantity!: number;
  @IsCalendarDate() issuedOn!: string;
}

export const IssueItemRoute = itemRoutes.command(':itemId/issue', {
  summary:
    'Issue an item (or so many of a consumable) from its centre’s stock to a member, a centre or a vehicle’s kit',
  body: IssueItemDto,
  command: (dto) => ({
    type: 'IssueItem',
    holder: holderOf(dto.holder),
    quantity: dto.quantity,
    issuedOn: dto.issuedOn,
  }),
});
