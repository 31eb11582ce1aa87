import { Global, Injectable, Module } from '@nestjs/common';
import { EventEnvelope } from '@muster/contracts';
import { SqlTransaction } from '@muster/event-store';
import { EventHandler } from '@muster/messaging';
import { IntegrationEventHandlers } from '@muster/platform';
import { factOfEnvelope, FOLLOWED_CONTRACTS } from '../../domain/readiness-facts';
import { recordFact } from './readiness-log';

async function follow(envelope: EventEnvelope, tx: SqlTransaction): Promise<void> {
  const fact = factOfEnvelope(envelope);
  // Dead-lettered by the consumer (after its retries): an event we cannot read must not pass as a zero.
  if (typeof fact === 'string') throw new Error(fact);
  await recordFact(tx, fact);
}

/** Personnel's, equipment's and training's events into the readiness log (in the consumer's inbox transaction). */
@Injectable()
export class ReadinessConsumer implements IntegrationEventHandlers {
  handlers(): Readonly<Record<string, EventHandler>> {
    return Object.fromEntries(FOLLOWED_CONTRACTS.map((contract) => [contract.type, follow]));
  }
}

/** Global so that the platform's event consumer (declared in PlatformModule) can resolve the handlers. */
@Global()
@Module({ providers: [ReadinessConsumer], exports: [ReadinessConsumer] })
export class ReadinessConsumerModule {}
