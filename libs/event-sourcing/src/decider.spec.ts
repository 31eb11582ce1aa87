import { Decider, DomainError, fold, streamTypeOf, unreachable } from './index';
import { deciderSpec } from './testing';

type Ev = { type: 'Opened'; data: { by: string } } | { type: 'Closed'; data: Record<string, never> };
type Cmd = { type: 'Open'; by: string } | { type: 'Close' };
type State = { status: 'new' | 'open' | 'closed' };

const decider: Decider<Cmd, State, Ev> = {
  initialState: { status: 'new' },
  evolve: (_s, e) => {
    switch (e.type) {
      case 'Opened':
        return { status: 'open' };
      case 'Closed':
        return { status: 'closed' };
      default:
        return unreachable(e);
    }
  },
  decide: (c, s) => {
    if (c.type === 'Open') return s.status === 'new' ? [{ type: 'Opened', data: { by: c.by } }] : [];
    if (s.status !== 'open') throw new DomainError('NOT_OPEN', 'Only an open thing can close');
    return [{ type: 'Closed', data: {} }];
  },
};

describe('decider kernel', () => {
  it('folds events into state', () => {
    expect(
      fold(decider, decider.initialState, [
        { type: 'Opened', data: { by: 'a' } },
        { type: 'Closed', data: {} },
      ]),
    ).toEqual({ status: 'closed' });
  });
  it('carries a stable code on domain errors', () => {
    expect(() => decider.decide({ type: 'Close' }, decider.initialState, { now: new Date() })).toThrow(
      expect.objectContaining({ code: 'NOT_OPEN', kind: 'conflict' }),
    );
  });
  it('reads the stream type from a stream id', () => {
    expect(streamTypeOf('member-0b7c')).toBe('member');
  });
});

describe('deciderSpec', () => {
  const spec = deciderSpec(decider);
  it('states a rule as given/when/then', () => {
    spec
      .given([{ type: 'Opened', data: { by: 'a' } }])
      .when({ type: 'Close' })
      .then([{ type: 'Closed', data: {} }]);
  });
  it('states a refusal by its code', () => {
    spec.given([]).when({ type: 'Close' }).thenThrows('NOT_OPEN');
  });
  it('fails when the decider does something else', () => {
    expect(() => spec.given([]).when({ type: 'Open', by: 'b' }).then([])).toThrow();
    expect(() => spec.given([]).when({ type: 'Open', by: 'b' }).thenThrows('NOT_OPEN')).toThrow();
  });
});
