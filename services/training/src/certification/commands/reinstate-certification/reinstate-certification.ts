import { IsCalendarDate } from '@muster/platform';
import { certificationRoutes } from '../../certification.routes';

export class ReinstateCertificationDto {
  @IsCalendarDate() reinstatedOn!: string;
}

export const ReinstateCertificationRoute = certificationRoutes.command(':certificationId/reinstate', {
  summary: 'Reinstate a suspended certification',
  body: ReinstateCertificationDto,
  command: (dto) => ({ type: 'ReinstateCertification', reinstatedOn: dto.reinstatedOn }),
});
