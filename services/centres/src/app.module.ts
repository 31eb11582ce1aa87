import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';

export const centresService: ServiceDefinition = {
  name: 'centres',
  title: 'Rescue centres: identity that survives relocation, location history, status, hazards and base transfers.',
  defaultPort: SERVICE_PORTS.centres,
  environment: ServiceEnvironment,
  migrations: [],
};

@Module({ imports: [PlatformModule.forService(centresService)] })
export class AppModule {}
