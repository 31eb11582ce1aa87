import { Module } from '@nestjs/common';
import { CentreModule } from '../centre/centre.module';
import { baseTransferAggregate } from './base-transfer.aggregate';
import { CancelBaseTransferRoute } from './commands/cancel-base-transfer/cancel-base-transfer';
import { ConfirmBaseTransferRoute } from './commands/confirm-base-transfer/confirm-base-transfer';
import { PlanBaseTransferController, PlanBaseTransferHandler } from './commands/plan-base-transfer/plan-base-transfer';
import { StartBaseTransferRoute } from './commands/start-base-transfer/start-base-transfer';
import {
  BaseTransferList,
  BaseTransferListController,
} from './projections/base-transfer-list/base-transfer-list.queries';
import { BaseTransferProgressController, BaseTransferProgresses } from './queries/base-transfer-progress';

@Module({
  imports: [CentreModule],
  controllers: [
    BaseTransferListController,
    BaseTransferProgressController,
    // Use cases: one line each.
    PlanBaseTransferController,
    StartBaseTransferRoute,
    ConfirmBaseTransferRoute,
    CancelBaseTransferRoute,
  ],
  providers: [baseTransferAggregate.handler, PlanBaseTransferHandler, BaseTransferProgresses, BaseTransferList],
})
export class BaseTransferModule {}
