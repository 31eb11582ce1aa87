import { IsCalendarDate, Text } from '@muster/platform';
import { certificationRoutes } from '../../certification.routes';

export class RevokeCertificationDto {
  @IsCalendarDate() revokedOn!: string;
  @Text(1000, { example: 'Obtained by fraud' }) reason!: string;
}

export const RevokeCertificationRoute = certificationRoutes.command(':certificationId/revoke', {
  summary: 'Revoke a certification for good, with why',
  body: RevokeCertificationDto,
  command: (dto) => ({ type: 'RevokeCertification', revokedOn: dto.revokedOn, reason: dto.reason }),
});
