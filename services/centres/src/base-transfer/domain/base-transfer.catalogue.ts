import { defineEventCatalogue } from '@muster/event-sourcing';
import { BaseTransferEvent } from './base-transfer.events';

/** A base transfer's stream: every event type it holds and the schema version it is written with. */
export const baseTransferCatalogue = defineEventCatalogue<BaseTransferEvent>({
  streamType: 'basetransfer',
  schemaVersions: {
    BaseTransferPlanned: 1,
    BaseTransferStarted: 1,
    BaseTransferVehicleArrived: 1,
    BaseTransferVehicleWithdrawn: 1,
    CentreBaseTransferCompleted: 1,
    BaseTransferCancelled: 1,
  },
  upcasters: [],
});
