import { IsCalendarDate, Text } from '@muster/platform';
import { centreRoutes } from '../../centre.routes';

export class RestoreCentreDto {
  @IsCalendarDate() since!: string;

  @Text(1000, { required: false, example: 'Power back; road reopened' }) note = '';
}

export const RestoreCentreRoute = centreRoutes.command(':centreId/restoration', {
  summary: 'Report that a degraded or repaired damaged centre is fully operational again',
  body: RestoreCentreDto,
  roles: ['commander', 'admin'],
  command: (dto) => ({ type: 'RestoreCentre', since: dto.since, note: dto.note }),
});
