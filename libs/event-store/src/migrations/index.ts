import { EventStoreTables1767225600000 } from './1767225600000-event-store-tables';
import { EventStoreAppendFunction1767225600001 } from './1767225600001-append-function';
import { EventStoreAppendManyFunction1767225600002 } from './1767225600002-append-many-function';
import { EventStoreAppendOrderGuard1767225600003 } from './1767225600003-append-order-guard';

/** Add these to a service's DataSource `migrations` (before the service's own). */
export const eventStoreMigrations = [
  EventStoreTables1767225600000,
  EventStoreAppendFunction1767225600001,
  EventStoreAppendManyFunction1767225600002,
  EventStoreAppendOrderGuard1767225600003,
];
