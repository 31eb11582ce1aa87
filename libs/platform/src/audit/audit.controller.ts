import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { CorrelationQuery, StreamIdParam, StreamPageQuery } from './audit.dto';

/** Who changed what, when, why and on whose authority: read-only, for auditors and admins. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly store: PostgresEventStore) {}

  @Get('streams/:streamId')
  async stream(@Param() { streamId }: StreamIdParam, @Query() page: StreamPageQuery) {
    return { streamId, ...(await this.store.readStreamPage(streamId, page)) };
  }

  @Get('events')
  async byCorrelation(@Query() query: CorrelationQuery) {
    const events = await this.store.readByCorrelation(query.correlationId, {
      limit: query.limit,
      offset: query.offset,
    });
    return { correlationId: query.correlationId, events };
  }

  @Get('streams/:streamId/verify')
  verify(@Param() { streamId }: StreamIdParam) {
    return this.store.verifyStream(streamId);
  }
}
