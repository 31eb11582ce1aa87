import { Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';
import { OdometerKm } from '../validation';

export class CorrectOdometerDto {
  @OdometerKm({ description: 'the right reading' }) correctedKm!: number;
  @Text(500, { example: 'Mistyped at dispatch: 12,050 not 120,050' }) reason!: string;
}

export const CorrectOdometerRoute = vehicleRoutes.command(':vehicleId/odometer-correction', {
  summary: 'Correct the last odometer reading, with why (the only way a reading goes down; audited)',
  body: CorrectOdometerDto,
  command: (dto) => ({ type: 'CorrectOdometer', correctedKm: dto.correctedKm, reason: dto.reason }),
});
