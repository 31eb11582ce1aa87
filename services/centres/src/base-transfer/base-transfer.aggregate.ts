import { defineAggregate } from '@muster/platform';
import { baseTransferCatalogue } from './domain/base-transfer.catalogue';
import { baseTransferDecider } from './domain/base-transfer.decider';
import { BaseTransferErrors } from './domain/base-transfer.errors';

/** The base transfer's one command path. */
export const baseTransferAggregate = defineAggregate({
  catalogue: baseTransferCatalogue,
  decider: baseTransferDecider,
  notFound: BaseTransferErrors.notFound,
});
