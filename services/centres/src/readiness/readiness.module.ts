import { Module } from '@nestjs/common';
import { ActiveMembers } from './projections/centre-readiness/active-members';
import {
  CentreReadinessController,
  CentreReadinessQueries,
  OrganisationReadinessController,
} from './projections/centre-readiness/centre-readiness.queries';

@Module({
  controllers: [CentreReadinessController, OrganisationReadinessController],
  providers: [CentreReadinessQueries, ActiveMembers],
  exports: [ActiveMembers],
})
export class ReadinessModule {}
