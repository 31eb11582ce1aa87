import { IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';

export class ReturnToServiceDto {
  @IsOptional()
  @Text(500, { required: false, example: 'Tyres fitted' })
  note?: string;

  @IsCalendarDate() returnedOn!: string;
}

export const ReturnToServiceRoute = vehicleRoutes.command(':vehicleId/return-to-service', {
  summary: 'Return a vehicle to service once a declared fault or a failed check is put right',
  body: ReturnToServiceDto,
  command: (dto) => ({ type: 'ReturnToService', note: dto.note ?? '', returnedOn: dto.returnedOn }),
});
