import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@muster/auth';
import { EventConsumer, kafkaReady, KafkaReadiness, OutboxRelay } from '@muster/messaging';
import { Kafka } from 'kafkajs';
import { INTEGRATION_CONSUMER } from '../service-definition';

/** One admin connection to Kafka per this many milliseconds, however often readiness is asked. */
const KAFKA_CHECK_EVERY_MS = 5_000;

/** The Kafka client readiness asks with: the service's settings, no retries (see kafkaReady). */
export const READINESS_KAFKA = Symbol('READINESS_KAFKA');

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  private kafkaCheck: { readonly at: number; readonly result: Promise<KafkaReadiness> } | undefined;

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_KAFKA) private readonly kafka: Kafka,
    private readonly relay: OutboxRelay,
    @Inject(INTEGRATION_CONSUMER) private readonly consumer: EventConsumer | null,
  ) {}

  /** The process answers: for restarts by an orchestrator. */
  @Get('live')
  @SkipThrottle()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * PostgreSQL answers (without it nothing can be recorded); Kafka's state and the outbox lag in the details. Kafka
   * being down degrades the service but does not make it unready: the outbox keeps every write until it returns.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    const consumer = this.consumer;
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      async () => {
        const indicator = this.indicators.check('kafka');
        const result = await this.kafkaReadiness();
        return result.ok
          ? indicator.up()
          : indicator.up({ degraded: true, message: `${result.detail}; writes wait in the outbox` });
      },
      async () => this.indicators.check('outbox').up(await this.relay.lag()),
      // A consumer that stopped would leave read models silently stale: not ready.
      ...(consumer ? [() => this.consumerCheck(consumer)] : []),
    ]);
  }

  private kafkaReadiness(): Promise<KafkaReadiness> {
    const now = Date.now();
    if (!this.kafkaCheck || now - this.kafkaCheck.at >= KAFKA_CHECK_EVERY_MS)
      this.kafkaCheck = { at: now, result: kafkaReady(this.kafka, 3000) };
    return this.kafkaCheck.result;
  }

  private consumerCheck(consumer: EventConsumer) {
    const health = consumer.health();
    const indicator = this.indicators.check('consumer');
    return health.healthy ? indicator.up({ ...health }) : indicator.down({ ...health });
  }
}
