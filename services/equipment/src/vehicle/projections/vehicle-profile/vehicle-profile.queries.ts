import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, IntersectionType } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { asOfInstant, AsOfQuery } from '@muster/platform';
import { vehicleCatalogue } from '../../domain/vehicle.catalogue';
import { VehicleErrors } from '../../domain/vehicle.errors';
import { VehicleController, VehicleIdParam } from '../../vehicle.routes';
import { VehicleSummary, centresOf, evolveSummary } from '../vehicle-register/vehicle-summary';
import { VehicleHistory, emptyHistory, evolveHistory } from './vehicle-history';

/** A vehicle's summary with its history. */
export class VehicleProfile extends IntersectionType(VehicleSummary, VehicleHistory) {}

/** A vehicle's profile, folded from its stream: now, or as the register knew it at a past instant. */
@Injectable()
export class VehicleProfiles {
  constructor(private readonly store: PostgresEventStore) {}

  /** VEHICLE_NOT_FOUND when unknown (then), or not one of a commander's centres' (then). */
  async profile(user: AuthenticatedUser, vehicleId: string, asOf?: Date): Promise<VehicleProfile> {
    const events = await this.store.readStream(vehicleCatalogue.streamId(vehicleId), asOf ? { asOf } : {});
    let summary: VehicleSummary | null = null;
    let history = emptyHistory();
    for (const recorded of events) {
      const event = vehicleCatalogue.narrow(recorded);
      if (!event) continue;
      summary = evolveSummary(summary, event);
      history = evolveHistory(history, event);
    }
    if (summary === null) throw VehicleErrors.notFound();
    const scope = user.scope;
    if (scope.kind === 'centres' && !centresOf(summary).some((c) => scope.centreIds.includes(c))) {
      throw VehicleErrors.notFound();
    }
    return { ...summary, ...history };
  }
}

@VehicleController()
export class VehicleProfileController {
  constructor(private readonly profiles: VehicleProfiles) {}

  @Get(':vehicleId')
  @Roles('logistics', 'admin', 'auditor', 'commander')
  @ApiOperation({
    summary:
      'A vehicle’s profile: details, status and why, moves, damage, repairs, checks, services (?asOf= a past date)',
  })
  @ApiOkResponse({
    type: VehicleProfile,
    description: 'The summary with the history; `version` is the stream version (also the ETag)',
  })
  profile(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { vehicleId }: VehicleIdParam,
    @Query() { asOf }: AsOfQuery,
  ): Promise<VehicleProfile> {
    return this.profiles.profile(user, vehicleId, asOf === undefined ? undefined : asOfInstant(asOf));
  }
}
