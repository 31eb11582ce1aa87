import { ServiceName, topicOf } from '@muster/contracts';
import type { AppendHook, SqlTransaction } from '@muster/event-store';
import { RecordedEvent } from '@muster/event-sourcing';
import { envelopeHeaders, toEnvelope } from './envelope';

/** The channel the relay LISTENs on; the notification is delivered only if (and when) the append commits. */
export const OUTBOX_CHANNEL = 'muster_outbox';

/**
 * Writes the outbox rows in the append's own transaction: the events and their publication commit or vanish together,
 * so nothing is published that was not stored and nothing stored is left unpublished.
 */
export function outboxHook(source: ServiceName, options: { topic?: string } = {}): AppendHook {
  // The topic is the service's own; overriding it is for isolated tests and environments sharing a cluster.
  const topic = options.topic ?? topicOf(source);
  return {
    name: `outbox:${source}`,
    async onAppended(events: readonly RecordedEvent[], tx: SqlTransaction): Promise<void> {
      if (events.length === 0) return;
      const envelopes = events.map((event) => toEnvelope(event, source));
      // One statement for the whole append, whatever its size; ORDER BY n hands out positions in the events' order.
      await tx.query(
        `INSERT INTO outbox (event_id, stream_id, topic, message_key, value, headers)
         SELECT event_id, stream_id, topic, message_key, value, headers
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[])
           WITH ORDINALITY AS u(event_id, stream_id, topic, message_key, value, headers, n)
         ORDER BY n`,
        [
          envelopes.map((e) => e.id),
          envelopes.map((e) => e.streamId),
          envelopes.map(() => topic),
          envelopes.map((e) => e.streamId),
          envelopes.map((e) => JSON.stringify(e)),
          envelopes.map((e) => JSON.stringify(envelopeHeaders(e))),
        ],
      );
      await tx.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    },
  };
}
