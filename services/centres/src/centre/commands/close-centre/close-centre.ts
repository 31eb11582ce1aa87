import { IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { centreRoutes } from '../../centre.routes';

export class CloseCentreDto {
  @IsCalendarDate() since!: string;

  @Text(500, { example: 'Front line moved within 2 km' }) reason!: string;

  @IsOptional()
  @IsCalendarDate({ required: false, nullable: true, description: 'when it should reopen, if anyone can say' })
  estimatedReopeningOn?: string | null;
}

export const CloseCentreRoute = centreRoutes.command(':centreId/closure', {
  summary: 'Close a centre, with the reason and the estimated reopening',
  body: CloseCentreDto,
  command: (dto) => ({
    type: 'CloseCentre',
    since: dto.since,
    reason: dto.reason,
    estimatedReopeningOn: dto.estimatedReopeningOn ?? null,
  }),
});
