import { IsCalendarDate, Text } from '@muster/platform';
import { certificationRoutes } from '../../certification.routes';

export class SuspendCertificationDto {
  @IsCalendarDate() suspendedOn!: string;
  @Text(1000, { example: 'Under investigation after an incident' }) reason!: string;
}

export const SuspendCertificationRoute = certificationRoutes.command(':certificationId/suspend', {
  summary: 'Suspend a valid certification: it stops counting until reinstated',
  body: SuspendCertificationDto,
  command: (dto) => ({ type: 'SuspendCertification', suspendedOn: dto.suspendedOn, reason: dto.reason }),
});
