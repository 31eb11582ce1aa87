import { CreateInbox1760000100001 } from './1760000100001-create-inbox';
import { CreateOutbox1760000100000 } from './1760000100000-create-outbox';
import { OutboxCapture1767225600100 } from './1767225600100-outbox-capture';
import { UnpublishedStreams1767225600101 } from './1767225600101-unpublished-streams';
import { OutboxQuarantine1767225600102 } from './1767225600102-outbox-quarantine';
import { EventsAreTheOutbox1767225600103 } from './1767225600103-events-are-the-outbox';

/**
 * For a service's DataSource together with the event store's (TypeORM runs them by timestamp): the outbox and inbox
 * tables come first; the outbox capture trigger comes after the event store's migrations, since it is on `events`.
 */
export const messagingMigrations = [
  CreateOutbox1760000100000,
  CreateInbox1760000100001,
  OutboxCapture1767225600100,
  UnpublishedStreams1767225600101,
  OutboxQuarantine1767225600102,
  EventsAreTheOutbox1767225600103,
];
