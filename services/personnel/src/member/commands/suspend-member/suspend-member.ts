import { IsCalendarDate, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class SuspendMemberDto {
  @IsCalendarDate() since!: string;

  @Text(500) reason!: string;
}

export const SuspendMemberRoute = memberRoutes.command(':memberId/suspension', {
  summary: 'Suspend a member, with the reason',
  body: SuspendMemberDto,
  command: async (dto, { memberId }, _ctx, vault) => ({
    type: 'SuspendMember',
    since: dto.since,
    reason: await vault.sealText(memberId, dto.reason),
  }),
});
