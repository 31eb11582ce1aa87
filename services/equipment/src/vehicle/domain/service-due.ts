import { IsoDate, addMonths } from '@muster/event-sourcing';
import { ServiceInterval } from './vehicle.events';

/** When a service is next due: the interval's kilometres and months after the last one, whichever comes first. */
export function nextServiceDue(
  interval: ServiceInterval,
  last: { readonly on: IsoDate; readonly odometerKm: number },
): { readonly km: number; readonly on: IsoDate } {
  return { km: last.odometerKm + interval.km, on: addMonths(last.on, interval.months) };
}
