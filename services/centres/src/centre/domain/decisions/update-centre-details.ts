import { UpdateCentreDetails } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { CentreDetailsRecorded } from '../centre.events';
import { CentreState } from '../centre.state';
import { requireRegistered } from './guards';

function count(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw E.capacityInvalid(field);
  return value;
}

/** Type, capacity (whole numbers of people and vehicle bays) and power supply, as recorded. */
export function detailsOf(command: Omit<UpdateCentreDetails, 'type'>): CentreDetailsRecorded['data'] {
  return {
    centreType: command.centreType,
    capacity: {
      people: count(command.capacity.people, 'capacity.people'),
      vehicleBays: count(command.capacity.vehicleBays, 'capacity.vehicleBays'),
    },
    powerSupply: command.powerSupply,
  };
}

/** UpdateCentreDetails: a registered centre's type, capacity and power supply, corrected or changed. */
export function updateCentreDetails(command: UpdateCentreDetails, state: CentreState): CentreDetailsRecorded[] {
  requireRegistered(state);
  return [{ type: 'CentreDetailsRecorded', data: detailsOf(command) }];
}
