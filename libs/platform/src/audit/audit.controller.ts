import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { CorrelationQuery, StreamIdParam, StreamPageQuery } from './audit.dto';
import { AuditCorrelation, AuditStreamPage, AuditStreamVerification } from './audit.responses';

/** Who changed what, when, why and on whose authority: read-only, for auditors and admins. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly store: PostgresEventStore) {}

  @Get('streams/:streamId')
  @ApiOkResponse({ type: AuditStreamPage })
  async stream(@Param() { streamId }: StreamIdParam, @Query() page: StreamPageQuery): Promise<AuditStreamPage> {
    return { streamId, ...(await this.store.readStreamPage(streamId, page)) };
  }

  @Get('events')
  @ApiOkResponse({ type: AuditCorrelation })
  async byCorrelation(@Query() query: CorrelationQuery): Promise<AuditCorrelation> {
    const events = await this.store.readByCorrelation(query.correlationId, {
      limit: query.limit,
      offset: query.offset,
    });
    return { correlationId: query.correlationId, events };
  }

  @Get('streams/:streamId/verify')
  @ApiOkResponse({ type: AuditStreamVerification })
  verify(@Param() { streamId }: StreamIdParam): Promise<AuditStreamVerification> {
    return this.store.verifyStream(streamId);
  }
}
