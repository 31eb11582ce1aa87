import { Counter, Gauge, Registry } from 'prom-client';
import type { EventConsumer } from './event-consumer';
import type { OutboxRelay } from './outbox-relay';

export interface MessagingMetrics {
  /** Counts a consumer's handled, skipped, duplicate and dead-lettered messages, and its crashes. */
  observeConsumer(consumer: EventConsumer): void;
}

/**
 * Publication backlog as gauges read from PostgreSQL at scrape time (so every instance reports it, leader or not),
 * plus counters fed by the relay and by the consumers passed here or later through observeConsumer.
 */
export function registerMessagingMetrics(
  registry: Registry,
  relay: OutboxRelay,
  consumers: readonly EventConsumer[] = [],
): MessagingMetrics {
  const registers = [registry];
  // One query per scrape feeds both gauges: the first collect() fetches, the second reuses it.
  let lag: ReturnType<OutboxRelay['lag']> | undefined;
  const currentLag = () => (lag ??= relay.lag().finally(() => setTimeout(() => (lag = undefined), 0)));
  new Gauge({
    name: 'muster_outbox_pending',
    help: 'Committed events to publish not yet acknowledged by Kafka',
    registers,
    async collect() {
      this.set((await currentLag()).pending);
    },
  });
  new Gauge({
    name: 'muster_outbox_oldest_age_seconds',
    help: 'Age of the oldest committed event not yet acknowledged by Kafka (0 when none)',
    registers,
    async collect() {
      this.set((await currentLag()).oldestAgeSeconds);
    },
  });
  new Gauge({
    name: 'muster_outbox_oldest_transaction_age_seconds',
    help: 'Age of the oldest open transaction writing to this database: the relay publishes nothing committed after it began',
    registers,
    async collect() {
      this.set((await currentLag()).oldestTransactionAgeSeconds);
    },
  });
  const published = new Counter({
    name: 'muster_outbox_published_total',
    help: 'Events published to Kafka by the outbox relay',
    labelNames: ['topic'],
    registers,
  });
  const failed = new Counter({
    name: 'muster_outbox_publish_failures_total',
    help: 'Events whose publication attempt failed (they are retried)',
    registers,
  });
  const quarantined = new Counter({
    name: 'muster_outbox_quarantined_total',
    help: 'Events set aside because the broker can never take them (alert: each needs an operator)',
    registers,
  });
  relay.observe({
    published: (topic, count) => published.inc({ topic }, count),
    failed: (count) => failed.inc(count),
    quarantined: (count) => quarantined.inc(count),
  });

  const handled = new Counter({
    name: 'muster_consumer_messages_total',
    help: 'Messages consumed, by outcome: handled, duplicate (already in the inbox), skipped (no handler)',
    labelNames: ['group', 'topic', 'outcome'],
    registers,
  });
  const deadLettered = new Counter({
    name: 'muster_consumer_dead_lettered_total',
    help: 'Messages sent to the dead-letter topic after the handler kept failing',
    labelNames: ['group', 'topic'],
    registers,
  });
  const crashes = new Counter({
    name: 'muster_consumer_crashes_total',
    help: 'Consumer crashes (each followed by a restart)',
    labelNames: ['group'],
    registers,
  });
  const observeConsumer = (consumer: EventConsumer): void => {
    const group = consumer.groupId;
    consumer.observe({
      handled: (outcome, topic) => handled.inc({ group, topic, outcome }),
      deadLettered: (topic) => deadLettered.inc({ group, topic }),
      crashed: () => crashes.inc({ group }),
    });
  };
  consumers.forEach(observeConsumer);
  return { observeConsumer };
}
