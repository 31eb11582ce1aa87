import { defineEventCatalogue } from '@muster/event-sourcing';
import { ItemEvent } from './item.events';

/** A item's stream: every event type it holds and the schema version it is written with. */
export const itemCatalogue = defineEventCatalogue<ItemEvent>({
  streamType: 'item',
  schemaVersions: { ItemRegistered: 1, ItemIssued: 1, ItemReturned: 1, ItemDamaged: 1, ItemWrittenOff: 1 },
  upcasters: [],
});
