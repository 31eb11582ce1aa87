import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';
import { CourseModule } from './course/course.module';
import { courseCatalogue } from './course/domain/course.catalogue';

export const trainingService: ServiceDefinition = {
  name: 'training',
  title: 'Courses, sessions, certifications and the certifications each role requires.',
  defaultPort: SERVICE_PORTS.training,
  environment: ServiceEnvironment,
  migrations: [],
  catalogues: [courseCatalogue],
};

@Module({ imports: [PlatformModule.forService(trainingService), CourseModule] })
export class AppModule {}
