import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@muster/auth';
import { EventConsumer, kafkaReady, OutboxRelay } from '@muster/messaging';
import { Kafka } from 'kafkajs';
import { INTEGRATION_CONSUMER } from '../service-definition';

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(Kafka) private readonly kafka: Kafka,
    private readonly relay: OutboxRelay,
    @Inject(INTEGRATION_CONSUMER) private readonly consumer: EventConsumer | null,
  ) {}

  /** The process answers: for restarts by an orchestrator. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** PostgreSQL and Kafka answer; outbox lag in the details. */
  @Get('ready')
  @HealthCheck()
  ready() {
    const consumer = this.consumer;
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      async () => {
        const indicator = this.indicators.check('kafka');
        const result = await kafkaReady(this.kafka, 3000);
        return result.ok ? indicator.up() : indicator.down({ message: result.detail });
      },
      async () => this.indicators.check('outbox').up(await this.relay.lag()),
      // A consumer that stopped would leave read models silently stale: not ready.
      ...(consumer ? [() => this.consumerCheck(consumer)] : []),
    ]);
  }

  private consumerCheck(consumer: EventConsumer) {
    const health = consumer.health();
    const indicator = this.indicators.check('consumer');
    return health.healthy ? indicator.up({ ...health }) : indicator.down({ ...health });
  }
}
