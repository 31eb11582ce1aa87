import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { WRITE_OFF_REASONS, WriteOffReason } from '../../domain/vehicle.events';
import { vehicleRoutes } from '../../vehicle.routes';

export class WriteOffVehicleDto {
  @ApiProperty({ enum: WRITE_OFF_REASONS })
  @IsIn(WRITE_OFF_REASONS, { message: `reason must be one of: ${WRITE_OFF_REASONS.join(', ')}` })
  reason!: WriteOffReason;

  @Text(200, { example: 'Incident report INC-2026-014, photos 1–12' }) evidenceRef!: string;

  @IsOptional()
  @Text(2000, { required: false })
  note?: string;

  @IsCalendarDate() writtenOffOn!: string;
}

export const WriteOffVehicleRoute = vehicleRoutes.command(':vehicleId/write-off', {
  summary: 'Write a vehicle off (destroyed, stolen, lost, donated onward) with its evidence: final',
  body: WriteOffVehicleDto,
  command: (dto) => ({
    type: 'WriteOffVehicle',
    reason: dto.reason,
    evidenceRef: dto.evidenceRef,
    note: dto.note ?? '',
    writtenOffOn: dto.writtenOffOn,
  }),
});
