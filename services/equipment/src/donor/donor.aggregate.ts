import { defineAggregate } from '@muster/platform';
import { donorCatalogue } from './domain/donor.catalogue';
import { donorDecider } from './domain/donor.decider';
import { DonorErrors } from './domain/donor.errors';

/** The donor's one command path. */
export const donorAggregate = defineAggregate({
  catalogue: donorCatalogue,
  decider: donorDecider,
  notFound: DonorErrors.notFound,
});
