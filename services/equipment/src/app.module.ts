import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';

export const equipmentService: ServiceDefinition = {
  name: 'equipment',
  title: 'Vehicles and equipment: assignments, movements between centres, fuel, damage, repairs and inspections.',
  defaultPort: SERVICE_PORTS.equipment,
  environment: ServiceEnvironment,
  migrations: [],
};

@Module({ imports: [PlatformModule.forService(equipmentService)] })
export class AppModule {}
