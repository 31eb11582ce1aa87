import { Module } from '@nestjs/common';
import { Compliance, ComplianceController } from './compliance.queries';

@Module({ controllers: [ComplianceController], providers: [Compliance] })
export class ComplianceModule {}
