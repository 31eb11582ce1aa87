import { IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { recognitionCaseRoutes } from '../../recognition-case.routes';

export class CloseRecognitionCaseDto {
  @IsCalendarDate() closedOn!: string;

  @IsOptional()
  @Text(1000, { required: false, example: 'Firefighting recognised; first aid by refresher' })
  notes?: string;
}

export const CloseRecognitionCaseRoute = recognitionCaseRoutes.command(':caseId/closure', {
  summary: 'Close a recognition case once everything in it is decided',
  body: CloseRecognitionCaseDto,
  command: (dto) => ({ type: 'CloseRecognitionCase', closedOn: dto.closedOn, notes: dto.notes ?? '' }),
});
