import { defineEventCatalogue } from '@muster/event-sourcing';
import { CertificationEvent } from './certification.events';

/** A certification's stream: every event type it holds and the schema version it is written with. */
export const certificationCatalogue = defineEventCatalogue<CertificationEvent>({
  streamType: 'certification',
  schemaVersions: {
    CertificationAwarded: 1,
    CertificationRenewed: 1,
    CertificationSuspended: 1,
    CertificationReinstated: 1,
    CertificationRevoked: 1,
    CertificationExpired: 1,
  },
  upcasters: [],
});
