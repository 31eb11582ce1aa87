import { describe, expect, it } from 'vitest';
import { sessionOf } from '../session';
import { renewalDelayMs } from './renewal';

const token = (claims: object) =>
  `e30.${btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.sig`;

describe('renewing a provider’s access token', () => {
  it('renews a minute before an hour-long token expires', () => {
    const now = Date.parse('2026-12-03T08:00:00Z');
    expect(renewalDelayMs(now + 3_600_000, now)).toBe(3_540_000);
  });

  it('renews a short-lived token when three quarters of what is left has passed', () => {
    expect(renewalDelayMs(10_000, 0)).toBe(7_500);
  });

  it('renews at once a token already expired', () => {
    expect(renewalDelayMs(1_000, 5_000)).toBe(0);
  });

  it('reads when the token expires from its exp claim, and none when it has none', () => {
    expect(sessionOf(token({ sub: 'a', exp: 1_800_000_000 })).expiresAt).toBe(1_800_000_000_000);
    expect(sessionOf(token({ sub: 'a' })).expiresAt).toBeNull();
  });
});
