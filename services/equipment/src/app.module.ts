import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';
import { VehicleModule } from './vehicle/vehicle.module';
import { vehicleCatalogue } from './vehicle/domain/vehicle.catalogue';

export const equipmentService: ServiceDefinition = {
  name: 'equipment',
  title: 'Vehicles and equipment: assignments, movements between centres, fuel, damage, repairs and inspections.',
  defaultPort: SERVICE_PORTS.equipment,
  environment: ServiceEnvironment,
  migrations: [],
  catalogues: [vehicleCatalogue],
};

@Module({ imports: [PlatformModule.forService(equipmentService), VehicleModule] })
export class AppModule {}
