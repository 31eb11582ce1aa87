import { VettingDto } from '../../../shared/vetting.dto';
import { memberRoutes } from '../../member.routes';

export const VetApplicantRoute = memberRoutes.command(':memberId/vetting', {
  summary: 'Record the vetting of an applicant: cleared or rejected (a rejection says why)',
  body: VettingDto,
  command: (dto, _params, ctx) => ({
    type: 'VetApplicant',
    outcome: dto.outcome,
    vettedBy: ctx.user.id,
    vettedOn: dto.vettedOn,
    notes: dto.notes ?? '',
  }),
});
