import { Module } from '@nestjs/common';
import { DonorModule } from '../donor/donor.module';
import { itemAggregate } from './item.aggregate';
import { IssueItemRoute } from './commands/issue-item/issue-item';
import { RecordItemDamageRoute } from './commands/record-item-damage/record-item-damage';
import { RegisterItemHandler, RegisterItemRoute } from './commands/register-item/register-item';
import { ReturnItemRoute } from './commands/return-item/return-item';
import { WriteOffItemRoute } from './commands/write-off-item/write-off-item';
import { ItemRegister, ItemRegisterController } from './projections/item-register/item-register.queries';

@Module({
  imports: [DonorModule],
  controllers: [
    ItemRegisterController,
    // Use cases: one line each.
    RegisterItemRoute,
    IssueItemRoute,
    ReturnItemRoute,
    RecordItemDamageRoute,
    WriteOffItemRoute,
  ],
  providers: [itemAggregate.handler, RegisterItemHandler, ItemRegister],
})
export class ItemModule {}
