import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { INCIDENT_CAUSES, IncidentCause } from '../../domain/centre.events';
import { centreRoutes } from '../../centre.routes';

const OUTCOMES = ['damaged', 'destroyed'] as const;

export class ReportIncidentDto {
  @ApiProperty({ enum: OUTCOMES, description: 'what the incident did to the centre' })
  @IsIn(OUTCOMES, { message: 'outcome must be damaged or destroyed' })
  outcome!: (typeof OUTCOMES)[number];

  @ApiProperty({ enum: INCIDENT_CAUSES })
  @IsIn(INCIDENT_CAUSES, { message: `cause must be one of: ${INCIDENT_CAUSES.join(', ')}` })
  cause!: IncidentCause;

  @IsCalendarDate() occurredOn!: string;

  @IsOptional()
  @Text(60, { required: false, nullable: true, example: 'INC-2016-ALP-0412' })
  incidentRef?: string | null;

  @ApiProperty({ description: 'were people hurt or killed' })
  @IsBoolean()
  casualties!: boolean;

  @Text(2000, { example: 'Struck twice in one night; ambulances disabled, road access cut' }) description!: string;
}

export const ReportIncidentRoute = centreRoutes.command(':centreId/incidents', {
  summary: 'Report that the centre was damaged or destroyed, with the incident behind it',
  body: ReportIncidentDto,
  roles: ['commander', 'admin'],
  command: (dto) => ({
    type: 'ReportIncident',
    outcome: dto.outcome,
    cause: dto.cause,
    occurredOn: dto.occurredOn,
    incidentRef: dto.incidentRef ?? null,
    casualties: dto.casualties,
    description: dto.description,
  }),
});
