import { CreateInbox1760000100001 } from './1760000100001-create-inbox';
import { CreateOutbox1760000100000 } from './1760000100000-create-outbox';

/** Timestamps after the event store's (1760000000000…), so a service's migration list can simply concatenate. */
export const messagingMigrations = [CreateOutbox1760000100000, CreateInbox1760000100001];
