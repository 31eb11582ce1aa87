import { describe, expect, it } from 'vitest';
import { decimal, instantOf, isUuid, localNow, localToday, wholeNumber } from './forms';

describe('the forms’ checks and conversions', () => {
  it('takes a member id only as a UUID', () => {
    expect(isUuid(' 0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b ')).toBe(true);
    expect(isUuid('ABU-JAMAL')).toBe(false);
    expect(isUuid('')).toBe(false);
  });

  it('reads a whole number within bounds, and nothing else', () => {
    expect(wholeNumber('120170', 120_000)).toBe(120_170);
    expect(wholeNumber('100', 0, 100)).toBe(100);
    expect(wholeNumber('101', 0, 100)).toBeNull();
    expect(wholeNumber('119999', 120_000)).toBeNull(); // an odometer going backwards
    expect(wholeNumber('82.5', 0, 100)).toBeNull();
    expect(wholeNumber('', 0)).toBeNull();
    expect(wholeNumber('-3', 0)).toBeNull();
  });

  it('reads a decimal to so many places within bounds, and nothing else', () => {
    expect(decimal('80.5', 1, 0.1)).toBe(80.5);
    expect(decimal(' 80 ', 1, 0.1)).toBe(80);
    expect(decimal('80.55', 1, 0.1)).toBeNull();
    expect(decimal('0', 1, 0.1)).toBeNull();
    expect(decimal('0', 1, 0)).toBe(0);
    expect(decimal('950.25', 2, 0)).toBe(950.25);
    expect(decimal('1e3', 1, 0)).toBeNull();
    expect(decimal('', 1, 0)).toBeNull();
  });

  it('turns local wall time into the instant the services take, and back for defaults', () => {
    const now = new Date('2026-03-01T09:41:27Z');
    expect(instantOf(localNow(now))).toBe('2026-03-01T09:41:00.000Z');
    expect(localToday(now)).toBe(localNow(now).slice(0, 10));
  });
});
