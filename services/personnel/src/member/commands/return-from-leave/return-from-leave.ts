import { IsCalendarDate } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class ReturnFromLeaveDto {
  @IsCalendarDate() returnedOn!: string;
}

export const ReturnFromLeaveRoute = memberRoutes.command(':memberId/leave-return', {
  summary: 'Record a member’s return from leave',
  body: ReturnFromLeaveDto,
  command: (dto) => ({ type: 'ReturnFromLeave', returnedOn: dto.returnedOn }),
});
