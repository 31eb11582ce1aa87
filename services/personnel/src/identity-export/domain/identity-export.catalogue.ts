import { defineEventCatalogue } from '@muster/event-sourcing';
import { IdentityExportEvent } from './identity-export.events';

export const identityExportCatalogue = defineEventCatalogue<IdentityExportEvent>({
  streamType: 'identityexport',
  schemaVersions: {
    IdentityExportRequested: 1,
    IdentityExportApproved: 1,
    IdentityExportRefused: 1,
    IdentityExportDownloaded: 1,
  },
  upcasters: [],
  published: false,
});
