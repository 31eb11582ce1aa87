import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsCalendarDate } from '@muster/platform';
import { centreRoutes } from '../../centre.routes';

export class AppointCommanderDto {
  @ApiProperty({ format: 'uuid', description: 'The member (personnel service) who commands the centre' })
  @IsUUID('all')
  memberId!: string;

  @IsCalendarDate() appointedOn!: string;
}

export const AppointCommanderRoute = centreRoutes.command(':centreId/commander-appointments', {
  summary: 'Appoint the centre’s commander (admins only), replacing the current one',
  body: AppointCommanderDto,
  command: (dto) => ({ type: 'AppointCommander', memberId: dto.memberId, appointedOn: dto.appointedOn }),
});
