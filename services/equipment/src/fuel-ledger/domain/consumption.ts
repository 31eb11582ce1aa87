// Consumption statistics kept small enough to update per fuel issue without reading history (Welford's running
// mean and variance, updated where they are stored: migration FuelRunningStats): a vehicle's, and its type's across
// the organisation.

/** A running mean and variance: `m2` is the sum of squared differences from the mean. */
export interface RunningStats {
  readonly count: number;
  readonly mean: number;
  readonly m2: number;
}

/** Too few fills say nothing about what is normal. */
export const MIN_SAMPLES = 5;
/** How many standard deviations from the mean make an outlier. */
export const OUTLIER_DEVIATIONS = 3;
/** A floor on the deviation, as a share of the mean: a very regular vehicle is not flagged for 5 % more. */
export const MIN_RELATIVE_DEVIATION = 0.1;

/** The range of consumption taken as normal, or null while there are too few samples to say. */
export function normalRange(stats: RunningStats): { low: number; high: number; stdDev: number } | null {
  if (stats.count < MIN_SAMPLES) return null;
  const stdDev = Math.max(Math.sqrt(stats.m2 / (stats.count - 1)), stats.mean * MIN_RELATIVE_DEVIATION);
  return {
    low: round2(stats.mean - OUTLIER_DEVIATIONS * stdDev),
    high: round2(stats.mean + OUTLIER_DEVIATIONS * stdDev),
    stdDev: round2(stdDev),
  };
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;
/** Litres are kept to a tenth: sums of tenths drift in binary floating point unless rounded back. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;
