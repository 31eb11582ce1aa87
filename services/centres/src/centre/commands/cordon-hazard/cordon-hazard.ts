import { IsCalendarDate, Text } from '@muster/platform';
import { centreRoutes, HazardParam } from '../../centre.routes';

export class CordonHazardDto {
  @IsCalendarDate() cordonedOn!: string;

  @Text(1000, { required: false, example: 'Basement sealed, signs posted, guard at the stairs' }) note = '';
}

export const CordonHazardRoute = centreRoutes.commandWith(':centreId/hazards/:hazardId/cordon', HazardParam, {
  summary: 'Record that a hazard is cordoned off',
  body: CordonHazardDto,
  roles: ['commander', 'admin'],
  command: (dto, { hazardId }, ctx) => ({
    type: 'CordonHazard',
    hazardId,
    cordonedOn: dto.cordonedOn,
    note: dto.note,
    cordonedBy: ctx.user.id,
  }),
});
