import { TripFlag } from './vehicle.events';

/** Faster than this on average, door to door, is not a drive between centres on these roads: flagged. */
export const MAX_PLAUSIBLE_AVERAGE_KMH = 90;

export interface Trip {
  readonly fromCentreId: string;
  readonly toCentreId: string;
  readonly dispatchedAt: string;
  readonly arrivedAt: string;
  /** null when the odometer was not read at dispatch: nothing to judge. */
  readonly distanceKm: number | null;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/**
 * The rules a trip's distance is judged by against its time (never refused: the odometer is what it is). An average
 * above the limit means kilometres that were not driven on this trip (or a mistyped reading); no distance at all
 * between two centres means a reading copied instead of read.
 */
export function tripFlags(trip: Trip): TripFlag[] {
  if (trip.distanceKm === null) return [];
  const elapsedMs = Date.parse(trip.arrivedAt) - Date.parse(trip.dispatchedAt);
  const elapsedMinutes = Math.round(elapsedMs / 60_000);
  if (trip.distanceKm === 0) {
    return trip.fromCentreId === trip.toCentreId
      ? []
      : [{ rule: 'NO_DISTANCE_BETWEEN_CENTRES', distanceKm: 0, elapsedMinutes }];
  }
  const averageKmh = trip.distanceKm / (elapsedMs / 3_600_000);
  return averageKmh > MAX_PLAUSIBLE_AVERAGE_KMH
    ? [
        {
          rule: 'AVERAGE_SPEED_ABOVE_LIMIT',
          distanceKm: trip.distanceKm,
          elapsedMinutes,
          averageKmh: oneDecimal(averageKmh),
          limitKmh: MAX_PLAUSIBLE_AVERAGE_KMH,
        },
      ]
    : [];
}
