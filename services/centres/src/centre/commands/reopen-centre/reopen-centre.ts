import { IsCalendarDate, Text } from '@muster/platform';
import { centreRoutes } from '../../centre.routes';

export class ReopenCentreDto {
  @IsCalendarDate() since!: string;

  @Text(1000, { required: false }) note = '';
}

export const ReopenCentreRoute = centreRoutes.command(':centreId/reopening', {
  summary: 'Reopen a closed centre: operational',
  body: ReopenCentreDto,
  command: (dto) => ({ type: 'ReopenCentre', since: dto.since, note: dto.note }),
});
