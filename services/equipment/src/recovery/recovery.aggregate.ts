import { defineAggregate } from '@muster/platform';
import { recoveryCatalogue } from './domain/recovery.catalogue';
import { recoveryDecider } from './domain/recovery.decider';
import { RecoveryErrors } from './domain/recovery.errors';

/** A member's recovery's one command path (sent by reactions only). */
export const recoveryAggregate = defineAggregate({
  catalogue: recoveryCatalogue,
  decider: recoveryDecider,
  notFound: RecoveryErrors.notFound,
});
