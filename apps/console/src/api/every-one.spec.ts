import { describe, expect, it } from 'vitest';
import { everyOne } from './types';

type Status = 'open' | 'closed' | 'cancelled';

describe('a list of every value of an enum', () => {
  it('is the values as written, in their order', () => {
    expect(everyOne<Status>()(['open', 'cancelled', 'closed'])).toEqual(['open', 'cancelled', 'closed']);
  });

  it('does not compile missing a value, or with one the enum does not have (the typecheck runs this file)', () => {
    // @ts-expect-error 'cancelled' is missing: a value a service added would be left out of the screen.
    const missing = everyOne<Status>()(['open', 'closed']);
    // @ts-expect-error 'lost' is no status.
    const foreign = everyOne<Status>()(['open', 'closed', 'cancelled', 'lost']);
    expect([missing, foreign].map((list) => list.length)).toEqual([2, 4]);
  });
});
