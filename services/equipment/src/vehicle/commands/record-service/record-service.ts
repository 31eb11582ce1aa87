import { IsCalendarDate, Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';
import { OdometerKm } from '../validation';

export class RecordServiceDto {
  @IsCalendarDate() servicedOn!: string;
  @OdometerKm() odometerKm!: number;
  @Text(2000, { example: 'Oil and filters changed' }) workDone!: string;
}

export const RecordServiceRoute = vehicleRoutes.command(':vehicleId/services', {
  summary: 'Record a scheduled service: the next one falls due from it',
  body: RecordServiceDto,
  command: (dto) => ({
    type: 'RecordService',
    servicedOn: dto.servicedOn,
    odometerKm: dto.odometerKm,
    workDone: dto.workDone,
  }),
});
