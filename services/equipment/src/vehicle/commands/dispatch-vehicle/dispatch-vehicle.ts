import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';
import { CentreId, IsInstant, OdometerKm } from '../validation';

export class DispatchVehicleDto {
  @CentreId({ description: 'where it goes' }) toCentreId!: string;

  @ApiProperty({ format: 'uuid', description: 'the driver, a member id' })
  @IsUUID('all', { message: 'driverId must be a UUID' })
  driverId!: string;

  @OdometerKm({ description: 'the odometer as it leaves' }) odometerOutKm!: number;
  @IsInstant() dispatchedAt!: string;
  @IsInstant({ example: '2026-01-15T09:00:00Z' }) expectedArrivalAt!: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'the base transfer it moves for' })
  @IsOptional()
  @IsUUID('all', { message: 'transferId must be a UUID' })
  transferId?: string | null;

  @IsOptional()
  @IsCalendarDate({
    required: false,
    nullable: true,
    description: 'a temporary loan to the destination, due back on this day',
  })
  loanDueBackOn?: string | null;
}

export const DispatchVehicleRoute = vehicleRoutes.command(':vehicleId/dispatch', {
  summary: 'Dispatch a serviceable vehicle from its centre to another (a move, or a loan with a due-back day)',
  body: DispatchVehicleDto,
  command: (dto) => ({
    type: 'DispatchVehicle',
    toCentreId: dto.toCentreId,
    driverId: dto.driverId,
    odometerOutKm: dto.odometerOutKm,
    dispatchedAt: dto.dispatchedAt,
    expectedArrivalAt: dto.expectedArrivalAt,
    transferId: dto.transferId ?? null,
    loanDueBackOn: dto.loanDueBackOn ?? null,
  }),
});
