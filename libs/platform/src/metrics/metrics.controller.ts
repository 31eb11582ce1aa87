import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Roles } from '@muster/auth';
import { Registry } from 'prom-client';

/** Prometheus metrics: outbox lag, relay and consumer counters, process metrics. Operators (admin) only. */
@ApiTags('metrics')
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: Registry) {}

  @Get()
  @Roles('admin', 'auditor')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: "Prometheus' text exposition format (0.0.4)", schema: { type: 'string' } })
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
