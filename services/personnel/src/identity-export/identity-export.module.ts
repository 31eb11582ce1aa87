import { Module } from '@nestjs/common';
import { MemberModule } from '../member/member.module';
import { ApproveIdentityExportRoute } from './commands/approve-identity-export/approve-identity-export';
import { DownloadIdentityExportController } from './commands/download-identity-export/download-identity-export';
import { RefuseIdentityExportRoute } from './commands/refuse-identity-export/refuse-identity-export';
import {
  RequestIdentityExportController,
  RequestIdentityExportHandler,
} from './commands/request-identity-export/request-identity-export';
import { identityExportAggregate } from './identity-export.aggregate';
import { IdentityExports, IdentityExportsController } from './projections/identity-exports/identity-exports.queries';

@Module({
  imports: [MemberModule],
  controllers: [
    IdentityExportsController,
    DownloadIdentityExportController,
    // Use cases: one line each.
    RequestIdentityExportController,
    ApproveIdentityExportRoute,
    RefuseIdentityExportRoute,
  ],
  providers: [identityExportAggregate.handler, RequestIdentityExportHandler, IdentityExports],
})
export class IdentityExportModule {}
