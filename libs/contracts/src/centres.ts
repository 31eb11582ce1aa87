import { Static, Type } from '@sinclair/typebox';
import { defineIntegrationEvent } from './integration-event';
import { CalendarDate, Uuid } from './schemas';

/**
 * Integration events the centres service publishes on `muster.centres.events`. docs/events.md and
 * docs/asyncapi.yaml are generated from these definitions (`npm run docs:contracts`). Type strings are permanent;
 * a changed payload gets a new definition with the next schemaVersion.
 */

export const CentreBaseTransferCompleted = defineIntegrationEvent({
  type: 'CentreBaseTransferCompleted',
  source: 'centres',
  schemaVersion: 1,
  summary: 'A whole centre moved base (e.g. into a former fire station), taking the listed members with it.',
  data: Type.Object({
    transferId: Uuid({ description: 'the base transfer' }),
    fromCentreId: Uuid({ description: 'the centre the members leave' }),
    toCentreId: Uuid({ description: 'the centre the members join' }),
    memberIds: Type.Array(Uuid(), {
      maxItems: 10_000,
      description: 'members of the personnel service who moved with the base',
    }),
    effectiveOn: CalendarDate({ description: 'the day the move takes effect' }),
  }),
});

export type CentreBaseTransferCompletedData = Static<typeof CentreBaseTransferCompleted.data>;
