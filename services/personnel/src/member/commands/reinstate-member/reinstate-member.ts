import { IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class ReinstateMemberDto {
  @IsCalendarDate() reinstatedOn!: string;

  @IsOptional()
  @Text(2000, { required: false })
  notes?: string;
}

export const ReinstateMemberRoute = memberRoutes.command(':memberId/reinstatement', {
  summary: 'Reinstate a suspended member',
  body: ReinstateMemberDto,
  command: async (dto, { memberId }, _ctx, vault) => ({
    type: 'ReinstateMember',
    reinstatedOn: dto.reinstatedOn,
    notes: await vault.sealText(memberId, dto.notes ?? ''),
  }),
});
