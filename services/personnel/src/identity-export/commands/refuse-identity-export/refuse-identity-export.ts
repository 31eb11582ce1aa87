import { Text } from '@muster/platform';
import { identityExportRoutes } from '../../identity-export.routes';

export class RefuseIdentityExportDto {
  @Text(1000, { example: 'Payroll is done from the centre lists; identities are not needed' }) reason!: string;
}

export const RefuseIdentityExportRoute = identityExportRoutes.command(':exportId/refusal', {
  summary: 'Refuse an identity export another person asked for, with the reason',
  body: RefuseIdentityExportDto,
  command: (dto, _params, ctx) => ({ type: 'RefuseIdentityExport', refusedBy: ctx.user.id, reason: dto.reason }),
});
