import { IsCalendarDate, Text } from '@muster/platform';
import { centreRoutes } from '../../centre.routes';

export class DecideRebuildDto {
  @IsCalendarDate() decidedOn!: string;

  @Text(100, { example: 'BOARD-2019-07' }) decisionRef!: string;

  @Text(2000, { required: false }) note = '';
}

export const DecideRebuildRoute = centreRoutes.command(':centreId/rebuild-decision', {
  summary: 'Record the decision to rebuild a destroyed centre: planned again until commissioned',
  body: DecideRebuildDto,
  command: (dto, _params, ctx) => ({
    type: 'DecideRebuild',
    decidedOn: dto.decidedOn,
    decisionRef: dto.decisionRef,
    note: dto.note,
    decidedBy: ctx.user.id,
  }),
});
