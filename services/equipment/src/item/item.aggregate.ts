import { defineAggregate } from '@muster/platform';
import { itemCatalogue } from './domain/item.catalogue';
import { itemDecider } from './domain/item.decider';
import { ItemErrors } from './domain/item.errors';

/** The item's one command path. */
export const itemAggregate = defineAggregate({
  catalogue: itemCatalogue,
  decider: itemDecider,
  notFound: ItemErrors.notFound,
});
