import { decimalPlaces } from './number-validation';

describe('decimalPlaces', () => {
  it.each([
    [0, 0],
    [12, 0],
    [80.5, 1],
    [250.25, 2],
    [-0.125, 3],
    [1e21, 0],
    [1.5e21, 0],
    [5e-324, 324],
    [1.25e-7, 9],
  ])('%p has %p', (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });

  it('counts NaN and the infinities as never decimal enough', () => {
    expect([NaN, Infinity, -Infinity].map(decimalPlaces)).toEqual([Infinity, Infinity, Infinity]);
  });
});
