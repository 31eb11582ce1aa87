import { DonorDetailsDto } from '../donor-details.dto';
import { donorRoutes } from '../../donor.routes';

export class UpdateDonorDto extends DonorDetailsDto {}

export const UpdateDonorRoute = donorRoutes.command(':donorId/details', {
  summary: 'Correct a donor’s names, kind or country (the whole set, as it now stands)',
  body: UpdateDonorDto,
  method: 'PUT',
  command: (dto) => ({ type: 'UpdateDonor', ...dto }),
});
