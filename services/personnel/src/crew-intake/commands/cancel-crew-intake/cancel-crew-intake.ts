import { IsCalendarDate, Text } from '@muster/platform';
import { crewIntakeRoutes } from '../../crew-intake.routes';

export class CancelCrewIntakeDto {
  @IsCalendarDate() cancelledOn!: string;
  @Text(1000) reason!: string;
}

export const CancelCrewIntakeRoute = crewIntakeRoutes.command(':intakeId/cancellation', {
  summary: 'Cancel an open intake, with the reason',
  body: CancelCrewIntakeDto,
  command: (dto) => ({ type: 'CancelCrewIntake', cancelledOn: dto.cancelledOn, reason: dto.reason }),
});
