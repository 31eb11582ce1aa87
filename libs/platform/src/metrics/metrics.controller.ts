import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
