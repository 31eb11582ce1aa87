import { EventCatalogue } from '@muster/event-sourcing';
import { crewIntakeCatalogue } from './crew-intake/domain/crew-intake.catalogue';
import { identityExportCatalogue } from './identity-export/domain/identity-export.catalogue';
import { identityAccessCatalogue, nameSearchCatalogue, rosterExportCatalogue } from './member/domain/audit.catalogue';
import { memberCatalogue } from './member/domain/member.catalogue';

/** Every stream type personnel writes, with its events: the store's upcasters come from here. */
export const personnelCatalogues: readonly EventCatalogue[] = [
  memberCatalogue,
  crewIntakeCatalogue,
  identityAccessCatalogue,
  nameSearchCatalogue,
  rosterExportCatalogue,
  identityExportCatalogue,
];
