import { opened, spec } from './spec-support';

describe('OpenRecognitionCase', () => {
  const open = { type: 'OpenRecognitionCase', data: opened.data } as const;
  it('opens the case with the person’s prior service, granting nothing', () => {
    spec.given([]).when(open).then([opened]);
  });
  it('refuses to open it twice', () => {
    spec.given([opened]).when(open).thenThrows('RECOGNITION_CASE_ALREADY_OPENED');
  });
});
