import { IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { vehicleRoutes } from '../../vehicle.routes';
import { RepairOrderParams } from '../repair-order-params';
import { OdometerKm } from '../validation';

export class CloseRepairOrderDto {
  @IsCalendarDate() closedOn!: string;

  @IsOptional()
  @OdometerKm({ required: false, nullable: true })
  odometerKm?: number | null;

  @IsOptional()
  @Text(2000, { required: false, example: 'Road tested' })
  notes?: string;
}

export const CloseRepairOrderRoute = vehicleRoutes.commandWith(
  ':vehicleId/repair-orders/:orderId/closure',
  RepairOrderParams,
  {
    summary: 'Close a repair order: with no other open, the vehicle is serviceable again',
    body: CloseRepairOrderDto,
    command: (dto, { orderId }) => ({
      type: 'CloseRepairOrder',
      orderId,
      closedOn: dto.closedOn,
      odometerKm: dto.odometerKm ?? null,
      notes: dto.notes ?? '',
    }),
  },
);
