import { IsCalendarDate, Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';

export class DeclareUnserviceableDto {
  @Text(500, { example: 'No tyres' }) reason!: string;
  @IsCalendarDate() declaredOn!: string;
}

export const DeclareUnserviceableRoute = vehicleRoutes.command(':vehicleId/unserviceable', {
  summary: 'Declare a vehicle unserviceable, saying why',
  body: DeclareUnserviceableDto,
  command: (dto) => ({ type: 'DeclareUnserviceable', reason: dto.reason, declaredOn: dto.declaredOn }),
});
