import { IsCalendarDate, Text } from '@muster/platform';
import { centreRoutes, HazardParam } from '../../centre.routes';

export class ClearHazardDto {
  @IsCalendarDate() clearedOn!: string;

  @Text(200, { example: 'Explosive ordnance disposal team, Aleppo directorate' }) clearedBy!: string;

  @Text(1000, { example: 'Devices removed and destroyed off site; basement swept' }) method!: string;
}

export const ClearHazardRoute = centreRoutes.commandWith(':centreId/hazards/:hazardId/clearance', HazardParam, {
  summary: 'Record that a hazard was cleared: by whom and how',
  body: ClearHazardDto,
  roles: ['commander', 'admin'],
  command: (dto, { hazardId }, ctx) => ({
    type: 'ClearHazard',
    hazardId,
    clearedOn: dto.clearedOn,
    clearedBy: dto.clearedBy,
    method: dto.method,
    recordedBy: ctx.user.id,
  }),
});
