import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';
import { CertificationModule } from './certification/certification.module';
import { certificationCatalogue } from './certification/domain/certification.catalogue';
import { CertificationRegister1767600000200 } from './certification/projections/certification-register/certification-register.migration';
import { certificationRegisterProjection } from './certification/projections/certification-register/certification-register.projection';
import { CourseModule } from './course/course.module';
import { sessionCatalogue } from './session/domain/session.catalogue';
import { SessionRegister1767600000300 } from './session/projections/session-register/session-register.migration';
import { sessionRegisterProjection } from './session/projections/session-register/session-register.projection';
import { onSessionPassed } from './session/reactions/on-session-passed';
import { SessionModule } from './session/session.module';
import { courseCatalogue } from './course/domain/course.catalogue';
import { CourseCatalogue1767600000100 } from './course/projections/course-catalogue/course-catalogue.migration';
import { courseCatalogueProjection } from './course/projections/course-catalogue/course-catalogue.projection';
import { ComplianceModule } from './compliance/compliance.module';
import { CertificationPeriods1767590000300 } from './compliance/projections/certification-periods/certification-periods.migration';
import { certificationPeriodsProjection } from './compliance/projections/certification-periods/certification-periods.projection';
import { TrainingMembers1767590000100 } from './members/training-members.migration';
import { TrainingMembers, TrainingMembersModule } from './members/training-members';
import { roleRequirementsCatalogue } from './requirements/domain/role-requirements.catalogue';
import { RoleRequirements1767590000200 } from './requirements/projections/role-requirements/role-requirements.migration';
import { roleRequirementsProjection } from './requirements/projections/role-requirements/role-requirements.projection';
import { RoleRequirementsModule } from './requirements/role-requirements.module';
import { recognitionCaseCatalogue } from './recognition/domain/recognition-case.catalogue';
import { RecognitionCases1767590000400 } from './recognition/projections/recognition-cases/recognition-cases.migration';
import { recognitionCasesProjection } from './recognition/projections/recognition-cases/recognition-cases.projection';
import { onCrewIntakeCompleted } from './recognition/reactions/on-crew-intake-completed';
import { onRecognitionGranted } from './recognition/reactions/on-recognition-granted';
import { RecognitionCaseModule } from './recognition/recognition-case.module';

export const trainingService: ServiceDefinition = {
  name: 'training',
  title: 'Courses, sessions, certifications and the certifications each role requires.',
  defaultPort: SERVICE_PORTS.training,
  environment: ServiceEnvironment,
  migrations: [
    TrainingMembers1767590000100,
    RoleRequirements1767590000200,
    CertificationPeriods1767590000300,
    RecognitionCases1767590000400,
    CourseCatalogue1767600000100,
    CertificationRegister1767600000200,
    SessionRegister1767600000300,
  ],
  catalogues: [
    roleRequirementsCatalogue,
    recognitionCaseCatalogue,
    courseCatalogue,
    certificationCatalogue,
    sessionCatalogue,
  ],
  appendHooks: () => [
    roleRequirementsProjection,
    certificationPeriodsProjection,
    recognitionCasesProjection,
    courseCatalogueProjection,
    certificationRegisterProjection,
    sessionRegisterProjection,
  ],
  reactions: [onSessionPassed, onCrewIntakeCompleted, onRecognitionGranted],
  consumes: { from: ['personnel'], handlers: TrainingMembers },
  knowsCentres: true,
};

@Module({
  imports: [
    PlatformModule.forService(trainingService),
    CourseModule,
    CertificationModule,
    SessionModule,
    TrainingMembersModule,
    RoleRequirementsModule,
    ComplianceModule,
    RecognitionCaseModule,
  ],
})
export class AppModule {}
