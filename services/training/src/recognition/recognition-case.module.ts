import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module';
import { CloseRecognitionCaseRoute } from './commands/close-recognition-case/close-recognition-case';
import { GrantRecognitionController } from './commands/grant-recognition/grant-recognition';
import { RecordRecognitionEvidenceRoute } from './commands/record-recognition-evidence/record-recognition-evidence';
import { RequireAssessmentController } from './commands/require-assessment/require-assessment';
import {
  RecognitionCases,
  RecognitionCasesController,
} from './projections/recognition-cases/recognition-cases.queries';
import { recognitionCaseAggregate } from './recognition-case.aggregate';

@Module({
  // Grants and assessments read the course catalogue.
  imports: [CourseModule],
  controllers: [
    RecognitionCasesController,
    // Use cases: one line each.
    RecordRecognitionEvidenceRoute,
    GrantRecognitionController,
    RequireAssessmentController,
    CloseRecognitionCaseRoute,
  ],
  providers: [recognitionCaseAggregate.handler, RecognitionCases],
})
export class RecognitionCaseModule {}
