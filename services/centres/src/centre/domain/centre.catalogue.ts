import { defineEventCatalogue } from '@muster/event-sourcing';
import { CentreEvent } from './centre.events';

/** A centre's stream: every event type it holds and the schema version it is written with. */
export const centreCatalogue = defineEventCatalogue<CentreEvent>({
  streamType: 'centre',
  schemaVersions: { CentreRegistered: 1 },
  upcasters: [],
});
