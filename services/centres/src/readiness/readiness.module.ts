import { Module } from '@nestjs/common';
import {
  CentreReadinessController,
  CentreReadinessQueries,
  OrganisationReadinessController,
} from './projections/centre-readiness/centre-readiness.queries';

@Module({
  controllers: [CentreReadinessController, OrganisationReadinessController],
  providers: [CentreReadinessQueries],
})
export class ReadinessModule {}
