import { Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';

export class ReturnVehicleToOriginDto {
  @Text(500, { example: 'Needed back for a fire' }) reason!: string;
}

export const ReturnVehicleToOriginRoute = vehicleRoutes.command(':vehicleId/return-to-origin', {
  summary: 'Turn a vehicle on its way back to the centre it left',
  body: ReturnVehicleToOriginDto,
  command: (dto) => ({ type: 'ReturnVehicleToOrigin', reason: dto.reason }),
});
