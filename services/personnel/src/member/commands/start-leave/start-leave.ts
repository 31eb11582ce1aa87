import { IsCalendarDate, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class StartLeaveDto {
  @IsCalendarDate() from!: string;

  @IsCalendarDate() until!: string;

  @Text(500) reason!: string;
}

export const StartLeaveRoute = memberRoutes.command(':memberId/leave', {
  summary: 'Record that a member goes on leave',
  body: StartLeaveDto,
  command: async (dto, { memberId }, _ctx, vault) => ({
    type: 'StartLeave',
    from: dto.from,
    until: dto.until,
    reason: await vault.sealText(memberId, dto.reason),
  }),
});
