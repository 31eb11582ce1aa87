import { defineEventCatalogue } from '@muster/event-sourcing';
import { MemberIdentityRead, MemberNamesSearched, RosterExported } from './audit.events';

export const identityAccessCatalogue = defineEventCatalogue<MemberIdentityRead>({
  streamType: 'identityaccess',
  schemaVersions: { MemberIdentityRead: 1 },
  upcasters: [],
  published: false,
});

export const nameSearchCatalogue = defineEventCatalogue<MemberNamesSearched>({
  streamType: 'namesearch',
  schemaVersions: { MemberNamesSearched: 1 },
  upcasters: [],
  published: false,
});

export const rosterExportCatalogue = defineEventCatalogue<RosterExported>({
  streamType: 'rosterexport',
  schemaVersions: { RosterExported: 1 },
  upcasters: [],
  published: false,
});
