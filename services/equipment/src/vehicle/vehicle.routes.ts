import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { vehicleAggregate } from './vehicle.aggregate';

export class VehicleIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'vehicleId must be a UUID' })
  vehicleId!: string;
}

/**
 * Vehicle use cases: `POST /vehicles` creates one, `POST /vehicles/:vehicleId/<route>` changes one.
 * Sent by logistics, admin unless a use case says otherwise.
 */
export const vehicleRoutes = commandRoutes(vehicleAggregate, {
  path: 'vehicles',
  tag: 'vehicles',
  params: VehicleIdParam,
  idOf: (p) => p.vehicleId,
  roles: ['logistics', 'admin'],
});

/** A controller of vehicle reads under /vehicles (versions echoed as ETag). */
export const VehicleController = (): ClassDecorator => RecordController('vehicles', 'vehicles');
