import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';

export const trainingService: ServiceDefinition = {
  name: 'training',
  title: 'Courses, sessions, certifications and the certifications each role requires.',
  defaultPort: SERVICE_PORTS.training,
  environment: ServiceEnvironment,
  migrations: [],
};

@Module({ imports: [PlatformModule.forService(trainingService)] })
export class AppModule {}
