import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { actorOf } from '../../vehicle.aggregate';
import { vehicleRoutes } from '../../vehicle.routes';
import { CentreId, IsInstant, OdometerKm } from '../validation';

export class ArriveVehicleDto {
  @CentreId({ description: 'where it arrived' }) centreId!: string;
  @OdometerKm({ description: 'the odometer as it arrives', example: 120_170 }) odometerInKm!: number;
  @IsInstant({ example: '2026-01-15T08:00:00Z' }) arrivedAt!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'the base transfer it came with, when its dispatch is not recorded here yet',
  })
  @IsOptional()
  @IsUUID('all', { message: 'transferId must be a UUID' })
  transferId?: string | null;
}

export const ArriveVehicleRoute = vehicleRoutes.command(':vehicleId/arrival', {
  summary: 'Receive a vehicle at its destination, which becomes its centre (commanders: at their own centre)',
  body: ArriveVehicleDto,
  roles: ['logistics', 'admin', 'commander'],
  command: (dto, _params, ctx) => ({
    type: 'ArriveVehicle',
    centreId: dto.centreId,
    odometerInKm: dto.odometerInKm,
    arrivedAt: dto.arrivedAt,
    transferId: dto.transferId ?? null,
    actor: actorOf(ctx),
  }),
});
