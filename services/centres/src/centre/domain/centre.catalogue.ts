import { defineEventCatalogue } from '@muster/event-sourcing';
import { CentreEvent } from './centre.events';

/** A centre's stream: every event type it holds and the schema version it is written with. */
export const centreCatalogue = defineEventCatalogue<CentreEvent>({
  streamType: 'centre',
  schemaVersions: {
    CentreRegistered: 1,
    CentreDetailsRecorded: 1,
    CentreSiteEstablished: 1,
    CentreRelocated: 1,
    CentreCommanderAppointed: 1,
    CentreStatusChanged: 1,
    HazardReported: 1,
    HazardCordoned: 1,
    HazardCleared: 1,
  },
  upcasters: [],
});
