import { Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';
import { CentreId } from '../validation';

export class DivertVehicleDto {
  @CentreId({ description: 'the new destination' }) toCentreId!: string;
  @Text(500, { example: 'Road to the destination cut by shelling' }) reason!: string;
}

export const DivertVehicleRoute = vehicleRoutes.command(':vehicleId/diversion', {
  summary: 'Send a vehicle on its way to another destination',
  body: DivertVehicleDto,
  command: (dto) => ({ type: 'DivertVehicle', toCentreId: dto.toCentreId, reason: dto.reason }),
});
