import { Module } from '@nestjs/common';
import { DonorModule } from '../donor/donor.module';
import { fuelLedgerAggregate } from './fuel-ledger.aggregate';
import { IssueFuelHandler, IssueFuelRoute } from './commands/issue-fuel/issue-fuel';
import {
  RecordFuelDeliveryHandler,
  RecordFuelDeliveryRoute,
} from './commands/record-fuel-delivery/record-fuel-delivery';
import { RecordStocktakeRoute } from './commands/record-stocktake/record-stocktake';
import { ReviewFuelFlagRoute } from './commands/review-fuel-flag/review-fuel-flag';
import { FuelAssetFactsReader } from './projections/fuel-ledger-register/fuel-asset-facts';
import { FuelLedgerReadController, FuelLedgers } from './projections/fuel-ledger-register/fuel-ledger-register.queries';

@Module({
  imports: [DonorModule],
  controllers: [
    FuelLedgerReadController,
    // Use cases: one line each.
    RecordFuelDeliveryRoute,
    IssueFuelRoute,
    ReviewFuelFlagRoute,
    RecordStocktakeRoute,
  ],
  providers: [
    fuelLedgerAggregate.handler,
    RecordFuelDeliveryHandler,
    IssueFuelHandler,
    FuelAssetFactsReader,
    FuelLedgers,
  ],
})
export class FuelLedgerModule {}
