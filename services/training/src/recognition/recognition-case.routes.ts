import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { recognitionCaseAggregate } from './recognition-case.aggregate';

export class RecognitionCaseIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId!: string;
}

/** Who decides recognition of prior learning. */
export const RECOGNITION_DECIDERS = ['training', 'admin'] as const;

/**
 * Recognition case use cases: `POST /recognition-cases/:caseId/<route>` (cases are opened by crew intakes).
 * Sent by training, admin.
 */
export const recognitionCaseRoutes = commandRoutes(recognitionCaseAggregate, {
  path: 'recognition-cases',
  tag: 'recognition of prior learning',
  params: RecognitionCaseIdParam,
  idOf: (p) => p.caseId,
  roles: RECOGNITION_DECIDERS,
});

/** A controller of recognition case reads and decisions under /recognition-cases (versions echoed as ETag). */
export const RecognitionCaseController = (): ClassDecorator =>
  RecordController('recognition-cases', 'recognition of prior learning');
