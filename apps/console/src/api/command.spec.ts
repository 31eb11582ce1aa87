import { describe, expect, it } from 'vitest';
import { intentKeys } from './command';

describe('the idempotency keys of an intent', () => {
  const counter = () => {
    let n = 0;
    return () => `k-${++n}`;
  };

  it('sends a retry of the same body under the same key, so the service records it once', () => {
    const keys = intentKeys(counter());
    expect(keys.keyFor({ score: 82 })).toBe('k-1');
    expect(keys.keyFor({ score: 82 })).toBe('k-1');
  });

  it('gives a changed body a new key: a key reused for another request would be refused', () => {
    const keys = intentKeys(counter());
    expect(keys.keyFor({ resultOn: '2026-01-01' })).toBe('k-1');
    expect(keys.keyFor({ resultOn: '2026-03-01' })).toBe('k-2');
  });

  it('starts a new intent after the command went through (or a reload), even for the same body', () => {
    const keys = intentKeys(counter());
    expect(keys.keyFor({ outcome: 'cleared' })).toBe('k-1');
    keys.renew();
    expect(keys.keyFor({ outcome: 'cleared' })).toBe('k-2');
  });
});
