import { Module } from '@nestjs/common';
import { vehicleAggregate } from './vehicle.aggregate';
import { RegisterVehicleRoute } from './commands/register-vehicle/register-vehicle';

@Module({
  controllers: [
    // Use cases: one line each.
    RegisterVehicleRoute,
  ],
  providers: [vehicleAggregate.handler],
})
export class VehicleModule {}
