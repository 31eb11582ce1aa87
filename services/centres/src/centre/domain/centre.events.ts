import { CENTRE_STATUSES } from '@muster/contracts';

// A centre's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (centre.catalogue.ts), never an edit. An event other services follow also keeps
// its contract in @muster/contracts (checked by published-contracts.spec.ts).

export type CentreStatus = (typeof CENTRE_STATUSES)[number];

export type CentreRegistered = {
  type: 'CentreRegistered';
  data: { centreId: string; code: string; nameAr: string; nameEn: string; governorate: string; status: CentreStatus };
};

/** Every event of a centre's stream: each use case adds its own. */
export type CentreEvent = CentreRegistered;
