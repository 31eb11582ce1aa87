import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';

export class OpenRepairOrderDto {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, required: false, description: 'the damage it repairs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each damage id must be a UUID' })
  damageIds?: string[];

  @Text(2000, { example: 'Replace radiator and windscreen' }) description!: string;
  @Text(200, { example: 'Idlib central workshop' }) workshop!: string;
  @IsCalendarDate() openedOn!: string;
}

export const OpenRepairOrderRoute = vehicleRoutes.command(':vehicleId/repair-orders', {
  summary: 'Open a repair order (its id is in the vehicle’s profile)',
  body: OpenRepairOrderDto,
  command: (dto) => ({
    type: 'OpenRepairOrder',
    damageIds: dto.damageIds ?? [],
    description: dto.description,
    workshop: dto.workshop,
    openedOn: dto.openedOn,
  }),
});
