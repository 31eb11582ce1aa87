import { defineEventCatalogue } from '@muster/event-sourcing';
import { DonorEvent } from './donor.events';

/** A donor's stream: every event type it holds and the schema version it is written with. */
export const donorCatalogue = defineEventCatalogue<DonorEvent>({
  streamType: 'donor',
  schemaVersions: { DonorRecorded: 1, DonorDetailsUpdated: 1 },
  upcasters: [],
});
