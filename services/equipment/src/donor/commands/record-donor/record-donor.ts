import { DonorDetailsDto } from '../donor-details.dto';
import { donorRoutes } from '../../donor.routes';

export class RecordDonorDto extends DonorDetailsDto {}

export const RecordDonorRoute = donorRoutes.create('donor', {
  summary: 'Record a donor (a government, an NGO…) with its names in Arabic and English, its kind and country',
  body: RecordDonorDto,
  command: (dto, { id }) => ({ type: 'RecordDonor', donorId: id, ...dto }),
});
