import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '@muster/platform';
import { certificationRoutes } from '../../certification.routes';

export class RenewCertificationDto {
  @IsCalendarDate() renewedOn!: string;

  @IsOptional()
  @IsCalendarDate({ required: false, nullable: true, description: 'its new last valid day; null: no expiry' })
  expiresOn?: string | null;
}

export const RenewCertificationRoute = certificationRoutes.command(':certificationId/renew', {
  summary: 'Renew a certification (a refresher outside a session): valid until a later day',
  body: RenewCertificationDto,
  command: (dto) => ({
    type: 'RenewCertification',
    renewedOn: dto.renewedOn,
    expiresOn: dto.expiresOn ?? null,
    sessionId: null,
  }),
});
