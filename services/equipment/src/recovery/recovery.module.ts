import { Module } from '@nestjs/common';
import { recoveryAggregate } from './recovery.aggregate';
import { Recoveries, RecoveriesController } from './projections/recoveries/recoveries.queries';
import { OpenMemberRecoveryHandler } from './reactions/open-member-recovery';

@Module({
  controllers: [RecoveriesController],
  providers: [recoveryAggregate.handler, OpenMemberRecoveryHandler, Recoveries],
})
export class RecoveryModule {}
