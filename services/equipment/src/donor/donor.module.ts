import { Module } from '@nestjs/common';
import { donorAggregate } from './donor.aggregate';
import { RecordDonorRoute } from './commands/record-donor/record-donor';
import { UpdateDonorRoute } from './commands/update-donor/update-donor';
import { DonorRegister, DonorRegisterController } from './projections/donor-register/donor-register.queries';
import {
  DonorTraceabilityController,
  DonorTraceabilityReports,
} from './projections/donor-traceability/donor-traceability.queries';

@Module({
  controllers: [
    DonorRegisterController,
    DonorTraceabilityController,
    // Use cases: one line each.
    RecordDonorRoute,
    UpdateDonorRoute,
  ],
  providers: [donorAggregate.handler, DonorRegister, DonorTraceabilityReports],
  // Vehicles, items and fuel deliveries refuse a donor the register does not hold.
  exports: [DonorRegister],
})
export class DonorModule {}
