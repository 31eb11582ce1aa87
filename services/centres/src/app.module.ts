import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';
import { CentreModule } from './centre/centre.module';
import { centreCatalogue } from './centre/domain/centre.catalogue';
import { CentreProfiles1767400000100 } from './centre/projections/centre-profile/centre-profiles.migration';
import { centreProfileProjection } from './centre/projections/centre-profile/centre-profile.projection';
import { BaseTransferModule } from './base-transfer/base-transfer.module';
import { baseTransferCatalogue } from './base-transfer/domain/base-transfer.catalogue';
import { BaseTransferList1767400000300 } from './base-transfer/projections/base-transfer-list/base-transfer-list.migration';
import { baseTransferListProjection } from './base-transfer/projections/base-transfer-list/base-transfer-list.projection';
import { onVehicleArrived } from './base-transfer/reactions/on-vehicle-arrived';
import { onVehicleTransferDeclined } from './base-transfer/reactions/on-vehicle-transfer-declined';
import { ReadinessModule } from './readiness/readiness.module';
import { CentreReadiness1767400000200 } from './readiness/projections/centre-readiness/centre-readiness.migration';
import { centreReadinessProjection } from './readiness/projections/centre-readiness/centre-readiness.projection';
import {
  ReadinessConsumer,
  ReadinessConsumerModule,
} from './readiness/projections/centre-readiness/readiness-consumer';

export const centresService: ServiceDefinition = {
  name: 'centres',
  title: 'Rescue centres: identity that survives relocation, location history, status, hazards and base transfers.',
  defaultPort: SERVICE_PORTS.centres,
  environment: ServiceEnvironment,
  migrations: [CentreProfiles1767400000100, CentreReadiness1767400000200, BaseTransferList1767400000300],
  catalogues: [centreCatalogue, baseTransferCatalogue],
  appendHooks: () => [centreProfileProjection],
  catchUpProjections: [centreReadinessProjection, baseTransferListProjection],
  reactions: [onVehicleArrived, onVehicleTransferDeclined],
  // Readiness follows personnel, equipment and training into its own log (`centre-readiness`).
  consumes: { from: ['personnel', 'equipment', 'training'], handlers: ReadinessConsumer },
};

@Module({
  imports: [
    PlatformModule.forService(centresService),
    CentreModule,
    BaseTransferModule,
    ReadinessConsumerModule,
    ReadinessModule,
  ],
})
export class AppModule {}
