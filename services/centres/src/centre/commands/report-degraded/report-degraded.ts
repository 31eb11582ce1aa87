import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { DEGRADATION_REASONS, DegradationReason } from '../../domain/centre.events';
import { centreRoutes } from '../../centre.routes';

export class ReportDegradedDto {
  @IsCalendarDate() since!: string;

  @ApiProperty({ enum: DEGRADATION_REASONS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DEGRADATION_REASONS.length)
  @IsIn(DEGRADATION_REASONS, { each: true, message: `reasons must be among: ${DEGRADATION_REASONS.join(', ')}` })
  reasons!: DegradationReason[];

  @Text(1000, { required: false, example: 'Generator hit; grid down since the strike on the substation' })
  note = '';
}

export const ReportDegradedRoute = centreRoutes.command(':centreId/degradation', {
  summary: 'Report that an operational centre works with limits (no power, road cut…): degraded',
  body: ReportDegradedDto,
  roles: ['commander', 'admin'],
  command: (dto) => ({ type: 'ReportDegraded', since: dto.since, reasons: dto.reasons, note: dto.note }),
});
