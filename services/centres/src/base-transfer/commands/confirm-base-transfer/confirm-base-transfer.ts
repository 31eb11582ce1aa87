import { IsCalendarDate } from '@muster/platform';
import { baseTransferRoutes } from '../../base-transfer.routes';

export class ConfirmBaseTransferDto {
  @IsCalendarDate({ description: 'the day the members join the receiving centre' }) effectiveOn!: string;
}

export const ConfirmBaseTransferRoute = baseTransferRoutes.command(':baseTransferId/confirmation', {
  summary: 'Confirm a base transfer once every vehicle arrived or was withdrawn (receiving commander or admin)',
  body: ConfirmBaseTransferDto,
  roles: ['commander', 'admin'],
  command: (dto, _params, ctx) => ({
    type: 'ConfirmBaseTransfer',
    effectiveOn: dto.effectiveOn,
    actingFor: ctx.user.scope.kind === 'all' ? 'all' : ctx.user.scope.centreIds,
  }),
});
