import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsUUID } from 'class-validator';
import { IsCalendarDate } from '@muster/platform';
import { actorOf } from '../../session.aggregate';
import { sessionRoutes } from '../../session.routes';

export class RecordAttendanceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId!: string;

  @IsCalendarDate({ description: 'one of the session’s days' }) day!: string;

  @ApiProperty({ description: 'present (true) or absent (false)' })
  @IsBoolean()
  present!: boolean;
}

export const RecordAttendanceRoute = sessionRoutes.command(':sessionId/attendance', {
  summary: 'Record an enrolled member present or absent on one of the session’s days',
  body: RecordAttendanceDto,
  command: (dto, _params, ctx) => ({
    type: 'RecordAttendance',
    memberId: dto.memberId,
    day: dto.day,
    present: dto.present,
    actor: actorOf(ctx),
  }),
});
