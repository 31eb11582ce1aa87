import { Module } from '@nestjs/common';
import { centreAggregate } from './centre.aggregate';
import { RegisterCentreRoute } from './commands/register-centre/register-centre';

@Module({
  controllers: [
    // Use cases: one line each.
    RegisterCentreRoute,
  ],
  providers: [centreAggregate.handler],
})
export class CentreModule {}
