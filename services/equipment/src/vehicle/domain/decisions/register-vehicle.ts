import { DecisionContext, dateOf, requireNotInFuture } from '@muster/event-sourcing';
import { DonorErrors } from '../../../donor/domain/donor.errors';
import { RegisterVehicle } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleDeclaredUnserviceable, VehicleDetailsRecorded, VehicleRegistered } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requiredText } from './guards';

/**
 * RegisterVehicle: a vehicle is registered once, at a centre, with its details and the readings it arrives with, and
 * a donor the donor register holds (or none: own funds). One registered unserviceable says why, as a declaration.
 */
export function registerVehicle(
  command: RegisterVehicle,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleRegistered | VehicleDetailsRecorded | VehicleDeclaredUnserviceable)[] {
  if (state.vehicleId !== null) throw E.alreadyRegistered();
  if (command.donorId !== null && !command.donorOnRecord) throw DonorErrors.unknown(command.donorId);
  // Trimmed, so that ' Iveco' and 'Iveco' are one make.
  const required = (field: 'plate' | 'make' | 'model'): string =>
    requiredText(command[field], field, E.detailsRequired);
  requireNotInFuture(command.acquiredOn, 'acquiredOn', now);
  // Model years run a year ahead of the calendar.
  if (command.year !== null && command.year > now.getUTCFullYear() + 1) throw E.yearInFuture(command.year);
  const reason =
    command.status === 'unserviceable'
      ? requiredText(command.statusReason ?? '', 'statusReason', E.reasonRequired)
      : null;
  return [
    {
      type: 'VehicleRegistered',
      data: {
        vehicleId: command.vehicleId,
        plate: required('plate'),
        vehicleType: command.vehicleType,
        make: required('make'),
        model: required('model'),
        centreId: command.centreId,
        status: command.status,
      },
    },
    {
      type: 'VehicleDetailsRecorded',
      data: {
        vin: command.vin === null ? null : command.vin.trim().toUpperCase(),
        year: command.year,
        donorId: command.donorId,
        acquiredOn: command.acquiredOn,
        odometerKm: command.odometerKm,
        engineHours: command.engineHours,
        fuelType: command.fuelType,
        tankCapacityLitres: command.tankCapacityLitres,
        serviceInterval: command.serviceInterval,
      },
    },
    ...(reason === null
      ? []
      : [{ type: 'VehicleDeclaredUnserviceable' as const, data: { reason, declaredOn: dateOf(now) } }]),
  ];
}
