import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';
import { VehicleModule } from './vehicle/vehicle.module';
import { vehicleCatalogue } from './vehicle/domain/vehicle.catalogue';
import { VehicleRegister1767400000100 } from './vehicle/projections/vehicle-register/vehicle-register.migration';
import { vehicleRegisterProjection } from './vehicle/projections/vehicle-register/vehicle-register.projection';
import { onBaseTransferCancelled } from './vehicle/reactions/on-base-transfer-cancelled';
import { onBaseTransferStarted } from './vehicle/reactions/on-base-transfer-started';

export const equipmentService: ServiceDefinition = {
  name: 'equipment',
  title: 'Vehicles and equipment: assignments, movements between centres, fuel, damage, repairs and inspections.',
  defaultPort: SERVICE_PORTS.equipment,
  environment: ServiceEnvironment,
  migrations: [VehicleRegister1767400000100],
  catalogues: [vehicleCatalogue],
  appendHooks: () => [vehicleRegisterProjection],
  reactions: [onBaseTransferStarted, onBaseTransferCancelled],
};

@Module({ imports: [PlatformModule.forService(equipmentService), VehicleModule] })
export class AppModule {}
