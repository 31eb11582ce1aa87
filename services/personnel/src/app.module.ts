import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';

export const personnelService: ServiceDefinition = {
  name: 'personnel',
  title:
    'Volunteers and integrated crews: applications, vetting, onboarding, transfers, line-of-duty records and protected identities.',
  defaultPort: SERVICE_PORTS.personnel,
  environment: ServiceEnvironment,
  migrations: [],
};

@Module({ imports: [PlatformModule.forService(personnelService)] })
export class AppModule {}
