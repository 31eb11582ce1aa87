import { IsCalendarDate } from '@muster/platform';
import { centreRoutes } from '../../centre.routes';

export class CommissionCentreDto {
  @IsCalendarDate({ description: 'the first day the centre works' }) since!: string;
}

export const CommissionCentreRoute = centreRoutes.command(':centreId/commissioning', {
  summary: 'A planned (or rebuilt) centre starts working: operational',
  body: CommissionCentreDto,
  command: (dto) => ({ type: 'CommissionCentre', since: dto.since }),
});
