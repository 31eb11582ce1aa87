import { capacityOf, CentreDetailsDto } from '../../centre.dto';
import { centreRoutes } from '../../centre.routes';

export class UpdateCentreDetailsDto extends CentreDetailsDto {}

export const UpdateCentreDetailsRoute = centreRoutes.command(':centreId/details', {
  summary: 'Correct or change a centre’s type, capacity and power supply',
  body: UpdateCentreDetailsDto,
  method: 'PUT',
  command: (dto) => ({
    type: 'UpdateCentreDetails',
    centreType: dto.centreType,
    capacity: capacityOf(dto.capacity),
    powerSupply: dto.powerSupply,
  }),
});
