import { DomainError, deterministicUuid } from '@muster/event-sourcing';
import { Actor } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { StatusReasonCode, VehicleStatus, VehicleStatusChanged, VehicleType } from '../vehicle.events';
import { VehicleState, statusOf } from '../vehicle.state';

// Guards shared by several vehicle decisions.

export type RegisteredVehicle = VehicleState & {
  readonly vehicleId: string;
  readonly vehicleType: VehicleType;
  readonly centreId: string;
};

/** Refuses a vehicle never registered. */
export function requireRegistered(state: VehicleState): asserts state is RegisteredVehicle {
  if (state.vehicleId === null || state.vehicleType === null || state.centreId === null) throw E.notFound();
}

/** Refuses a vehicle never registered, and one written off: it accepts nothing but reads. */
export function requireActive(state: VehicleState): asserts state is RegisteredVehicle {
  requireRegistered(state);
  if (state.writtenOff !== null) throw E.writtenOff(state.writtenOff);
}

export function requireNotInTransit(state: VehicleState): void {
  if (state.move !== null) throw E.inTransit(state.move.toCentreId);
}

/** A commander acts for their own centres only: outside them, the vehicle is as good as unknown. */
export function requireActsFor(actor: Actor, centreId: string): void {
  if (actor.centreIds !== null && !actor.centreIds.includes(centreId)) throw E.notFound();
}

/** An odometer reading never goes backwards (a wrong earlier reading is corrected by its own command). */
export function requireOdometerForward(state: VehicleState, km: number): void {
  if (state.odometerKm !== null && km < state.odometerKm) throw E.odometerWentBackwards(state.odometerKm, km);
}

export function requireEngineHoursForward(state: VehicleState, hours: number | null): void {
  if (hours !== null && state.engineHours !== null && hours < state.engineHours) {
    throw E.engineHoursWentBackwards(state.engineHours, hours);
  }
}

/** A phone's clock may run a little fast: an instant up to this far ahead of the server's is taken as now. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** An instant something happened at, as stored (`toISOString()`); refused when it lies in the future. */
export function pastInstant(value: string, field: string, now: Date): string {
  const at = new Date(value);
  if (at.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) throw E.timeInFuture(field, value);
  return at.toISOString();
}

/** Free text a person must write (a reason, a description): trimmed, never blank. */
export function requiredText(value: string, field: string, error: (field: string) => DomainError): string {
  const trimmed = value.trim();
  if (trimmed === '') throw error(field);
  return trimmed;
}

/** The id of the next record of a kind on this vehicle (its moves, damage, repair orders, checks): same every replay. */
export function nextId(state: RegisteredVehicle, kind: string, count: number): string {
  return deterministicUuid('vehicle', state.vehicleId, kind, String(count + 1));
}

/** VehicleStatusChanged, when `to` is not the vehicle's status already: every change is published. */
export function statusChanged(
  state: RegisteredVehicle,
  to: VehicleStatus,
  reasonCode: StatusReasonCode,
  note: string | null = null,
): VehicleStatusChanged[] {
  const from = statusOf(state);
  if (from === to) return [];
  return [
    {
      type: 'VehicleStatusChanged',
      data: { vehicleId: state.vehicleId, status: to, previousStatus: from, reasonCode, note },
    },
  ];
}

/**
 * Why the vehicle cannot set off for `toCentreId` now, or null when it can: refused for a dispatch, recorded (by its
 * code) as a VehicleTransferDeclined for a base transfer.
 */
export function whyItCannotGo(state: RegisteredVehicle, toCentreId: string): DomainError | null {
  if (state.writtenOff !== null) return E.writtenOff(state.writtenOff);
  if (state.move !== null) return E.inTransit(state.move.toCentreId);
  if (state.centreId === toCentreId) return E.alreadyAtDestination(toCentreId);
  if (state.loan !== null && toCentreId !== state.loan.homeCentreId) return E.onLoan(state.loan.homeCentreId);
  if (state.groundings.length > 0) return E.unserviceable([...new Set(state.groundings.map((g) => g.code))]);
  return null;
}
