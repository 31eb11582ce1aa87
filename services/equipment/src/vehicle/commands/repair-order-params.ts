import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { VehicleIdParam } from '../vehicle.routes';

/** `/vehicles/:vehicleId/repair-orders/:orderId/…` */
export class RepairOrderParams extends VehicleIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'orderId must be a UUID' })
  orderId!: string;
}
