import { VehicleType } from './vehicle.events';

/** The states a vehicle can enter the register in: in transit or written off are what happens to it later. */
export const REGISTRATION_STATUSES = ['serviceable', 'unserviceable'] as const;

export type RegisterVehicle = {
  type: 'RegisterVehicle';
  vehicleId: string;
  /** The number plate, as written on the vehicle (Arabic or Latin). */
  plate: string;
  vehicleType: VehicleType;
  make: string;
  model: string;
  /** The centre it is assigned to. */
  centreId: string;
  status: (typeof REGISTRATION_STATUSES)[number];
};

/** Every command a vehicle takes: each use case adds its own. */
export type VehicleCommand = RegisterVehicle;
