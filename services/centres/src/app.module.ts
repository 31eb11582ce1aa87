import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';
import { CentreModule } from './centre/centre.module';
import { centreCatalogue } from './centre/domain/centre.catalogue';

export const centresService: ServiceDefinition = {
  name: 'centres',
  title: 'Rescue centres: identity that survives relocation, location history, status, hazards and base transfers.',
  defaultPort: SERVICE_PORTS.centres,
  environment: ServiceEnvironment,
  migrations: [],
  catalogues: [centreCatalogue],
};

@Module({ imports: [PlatformModule.forService(centresService), CentreModule] })
export class AppModule {}
