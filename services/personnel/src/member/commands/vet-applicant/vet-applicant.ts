import { VettingDto } from '../../../shared/vetting.dto';
import { memberRoutes } from '../../member.routes';

export const VetApplicantRoute = memberRoutes.command(':memberId/vetting', {
  summary: 'Record the vetting of an applicant: cleared or rejected (a rejection says why)',
  body: VettingDto,
  command: async (dto, { memberId }, ctx, vault) => ({
    type: 'VetApplicant',
    outcome: dto.outcome,
    vettedBy: ctx.user.id,
    vettedOn: dto.vettedOn,
    notes: await vault.sealText(memberId, dto.notes ?? ''),
  }),
});
