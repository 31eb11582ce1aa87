import { identityExportRoutes } from '../../identity-export.routes';

export class ApproveIdentityExportDto {}

export const ApproveIdentityExportRoute = identityExportRoutes.command(':exportId/approval', {
  summary: 'Approve an identity export another person asked for: they may download it once, within 24 hours',
  body: ApproveIdentityExportDto,
  command: (_dto, _params, ctx) => ({ type: 'ApproveIdentityExport', approvedBy: ctx.user.id }),
});
