import { defineAggregate } from '@muster/platform';
import { identityExportCatalogue } from './domain/identity-export.catalogue';
import { identityExportDecider } from './domain/identity-export.decider';
import { IdentityExportErrors } from './domain/identity-export.errors';

/** The identity export's one command path. */
export const identityExportAggregate = defineAggregate({
  catalogue: identityExportCatalogue,
  decider: identityExportDecider,
  notFound: IdentityExportErrors.notFound,
});
