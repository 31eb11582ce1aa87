import { open, opened, spec } from './spec-support';

describe('OpenRecovery', () => {
  it('lists everything the member held', () => {
    spec.given([]).when(open).then([opened]);
  });

  it('opens even when they held nothing: complete as it opens', () => {
    spec
      .given([])
      .when({ ...open, items: [] })
      .then([{ ...opened, data: { ...opened.data, items: [] } }]);
  });

  it('records nothing the second time: one recovery per member (a redelivery, a death after a departure)', () => {
    spec.given([opened]).when(open).then([]);
    spec
      .given([opened])
      .when({ ...open, cause: 'departed', items: [] })
      .then([]);
  });
});
