import { CommandContext, defineAggregate } from '@muster/platform';
import { Actor } from './domain/vehicle.commands';
import { vehicleCatalogue } from './domain/vehicle.catalogue';
import { vehicleDecider } from './domain/vehicle.decider';
import { VehicleErrors } from './domain/vehicle.errors';

/**
 * The vehicle's one command path. Daily checks make long streams, hence snapshots: bump the key whenever evolve or
 * VehicleState changes.
 */
export const vehicleAggregate = defineAggregate({
  catalogue: vehicleCatalogue,
  decider: vehicleDecider,
  snapshotKey: 'vehicle@1',
  notFound: VehicleErrors.notFound,
});

/** The caller, as the vehicle rules that depend on centre scope see them (a commander: their centres only). */
export const actorOf = (ctx: CommandContext): Actor => ({
  centreIds: ctx.user.scope.kind === 'all' ? null : [...ctx.user.scope.centreIds],
});
