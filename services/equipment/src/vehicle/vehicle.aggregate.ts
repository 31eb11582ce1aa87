import { defineAggregate } from '@muster/platform';
import { vehicleCatalogue } from './domain/vehicle.catalogue';
import { vehicleDecider } from './domain/vehicle.decider';
import { VehicleErrors } from './domain/vehicle.errors';

/** The vehicle's one command path. */
export const vehicleAggregate = defineAggregate({
  catalogue: vehicleCatalogue,
  decider: vehicleDecider,
  notFound: VehicleErrors.notFound,
});
