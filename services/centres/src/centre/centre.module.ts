import { Module } from '@nestjs/common';
import { centreAggregate } from './centre.aggregate';
import { ReadinessModule } from '../readiness/readiness.module';
import { AppointCommanderController } from './commands/appoint-commander/appoint-commander';
import { ClearHazardRoute } from './commands/clear-hazard/clear-hazard';
import { CloseCentreRoute } from './commands/close-centre/close-centre';
import { CommissionCentreRoute } from './commands/commission-centre/commission-centre';
import { CordonHazardRoute } from './commands/cordon-hazard/cordon-hazard';
import { DecideRebuildRoute } from './commands/decide-rebuild/decide-rebuild';
import { RegisterCentreRoute } from './commands/register-centre/register-centre';
import { RelocateCentreRoute } from './commands/relocate-centre/relocate-centre';
import { ReopenCentreRoute } from './commands/reopen-centre/reopen-centre';
import { ReportDegradedRoute } from './commands/report-degraded/report-degraded';
import { ReportHazardController } from './commands/report-hazard/report-hazard';
import { ReportIncidentRoute } from './commands/report-incident/report-incident';
import { RestoreCentreRoute } from './commands/restore-centre/restore-centre';
import { UpdateCentreDetailsRoute } from './commands/update-centre-details/update-centre-details';
import { CentreProfileController, CentreProfiles } from './projections/centre-profile/centre-profile.queries';

@Module({
  // Appointing a commander asks readiness which members personnel's topic shows active.
  imports: [ReadinessModule],
  controllers: [
    CentreProfileController,
    // Use cases: one line each.
    RegisterCentreRoute,
    UpdateCentreDetailsRoute,
    RelocateCentreRoute,
    AppointCommanderController,
    CommissionCentreRoute,
    ReportDegradedRoute,
    RestoreCentreRoute,
    ReportIncidentRoute,
    CloseCentreRoute,
    ReopenCentreRoute,
    DecideRebuildRoute,
    ReportHazardController,
    CordonHazardRoute,
    ClearHazardRoute,
  ],
  providers: [centreAggregate.handler, CentreProfiles],
  exports: [CentreProfiles],
})
export class CentreModule {}
