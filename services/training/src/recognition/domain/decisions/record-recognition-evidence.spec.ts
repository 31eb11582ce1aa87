import { RecordRecognitionEvidence } from '../recognition-case.commands';
import { closed, evidence, opened, spec } from './spec-support';

describe('RecordRecognitionEvidence', () => {
  const record: RecordRecognitionEvidence = {
    type: 'RecordRecognitionEvidence',
    description: ' Brigade certificate seen; live-fire drill observed ',
    reference: 'AFB-1187',
    recordedOn: '2025-02-10',
  };
  it('records the evidence', () => {
    spec.given([opened]).when(record).then([evidence]);
  });
  it('refuses a case never opened, a closed one, no description, a date before the case', () => {
    spec.given([]).when(record).thenThrows('RECOGNITION_CASE_NOT_FOUND');
    spec.given([opened, closed]).when(record).thenThrows('RECOGNITION_CASE_CLOSED');
    spec
      .given([opened])
      .when({ ...record, description: ' ' })
      .thenThrows('RECOGNITION_DETAILS_REQUIRED');
    spec
      .given([opened])
      .when({ ...record, recordedOn: '2025-01-31' })
      .thenThrows('RECOGNITION_DATE_BEFORE_OPENING');
  });
});
