import { IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { recognitionCaseRoutes } from '../../recognition-case.routes';

export class RecordRecognitionEvidenceDto {
  @Text(1000, { example: 'Brigade certificate seen; live-fire drill observed at the centre' }) description!: string;

  @IsOptional()
  @Text(200, { required: false, example: 'AFB-1187', description: 'a document or file reference, if any' })
  reference?: string;

  @IsCalendarDate() recordedOn!: string;
}

export const RecordRecognitionEvidenceRoute = recognitionCaseRoutes.command(':caseId/evidence', {
  summary: 'Record evidence of the person’s prior learning (needed before any equivalence is granted)',
  body: RecordRecognitionEvidenceDto,
  command: (dto) => ({
    type: 'RecordRecognitionEvidence',
    description: dto.description,
    reference: dto.reference ?? null,
    recordedOn: dto.recordedOn,
  }),
});
