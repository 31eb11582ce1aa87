import { defineAggregate } from '@muster/platform';
import { centreCatalogue } from './domain/centre.catalogue';
import { centreDecider } from './domain/centre.decider';
import { CentreErrors } from './domain/centre.errors';

/** The centre's one command path. */
export const centreAggregate = defineAggregate({
  catalogue: centreCatalogue,
  decider: centreDecider,
  notFound: CentreErrors.notFound,
});
