import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { DAMAGE_CAUSES, DAMAGE_SEVERITIES, DamageCause, DamageSeverity } from '../../domain/vehicle.events';
import { vehicleRoutes } from '../../vehicle.routes';
import { OdometerKm } from '../validation';

export class RecordDamageDto {
  @ApiProperty({ enum: DAMAGE_CAUSES })
  @IsIn(DAMAGE_CAUSES, { message: `cause must be one of: ${DAMAGE_CAUSES.join(', ')}` })
  cause!: DamageCause;

  @IsCalendarDate() occurredOn!: string;

  @IsOptional()
  @Text(100, { required: false, nullable: true, description: 'the incident it happened in: required for attacks' })
  incidentRef?: string | null;

  @ApiProperty({ enum: DAMAGE_SEVERITIES, description: 'severe: off the road at once' })
  @IsIn(DAMAGE_SEVERITIES, { message: `severity must be one of: ${DAMAGE_SEVERITIES.join(', ')}` })
  severity!: DamageSeverity;

  @Text(2000, { example: 'Windscreen and radiator hit by shrapnel' }) description!: string;

  @IsOptional()
  @OdometerKm({ required: false, nullable: true })
  odometerKm?: number | null;
}

export const RecordDamageRoute = vehicleRoutes.command(':vehicleId/damage', {
  summary: 'Record damage: cause, day, incident, severity (severe: unserviceable at once)',
  body: RecordDamageDto,
  command: (dto) => ({
    type: 'RecordDamage',
    cause: dto.cause,
    occurredOn: dto.occurredOn,
    incidentRef: dto.incidentRef ?? null,
    severity: dto.severity,
    description: dto.description,
    odometerKm: dto.odometerKm ?? null,
  }),
});
