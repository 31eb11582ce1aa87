import { closed, opened, spec } from './spec-support';

describe('CloseRecognitionCase', () => {
  const close = { type: 'CloseRecognitionCase', closedOn: '2025-03-01', notes: ' ' } as const;
  it('closes the case', () => {
    spec.given([opened]).when(close).then([closed]);
  });
  it('refuses a case never opened, a second closure, a date before the case', () => {
    spec.given([]).when(close).thenThrows('RECOGNITION_CASE_NOT_FOUND');
    spec.given([opened, closed]).when(close).thenThrows('RECOGNITION_CASE_CLOSED');
    spec
      .given([opened])
      .when({ ...close, closedOn: '2025-01-01' })
      .thenThrows('RECOGNITION_DATE_BEFORE_OPENING');
  });
});
