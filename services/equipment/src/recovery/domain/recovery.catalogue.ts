import { defineEventCatalogue } from '@muster/event-sourcing';
import { RecoveryEvent } from './recovery.events';

/** A recovery's stream: every event type it holds and the schema version it is written with. */
export const recoveryCatalogue = defineEventCatalogue<RecoveryEvent>({
  streamType: 'recovery',
  schemaVersions: { RecoveryOpened: 1, ItemRecovered: 1 },
  upcasters: [],
});
