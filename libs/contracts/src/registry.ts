import { CentreBaseTransferCompleted } from './centres';
import { IntegrationEvent } from './integration-event';

/**
 * Every integration event contract, for what must see them all: the docs generator (docs/events.md,
 * docs/asyncapi.yaml) and its drift test. A new contract is added here as well as defined.
 */
export const INTEGRATION_EVENTS: readonly IntegrationEvent[] = Object.freeze([CentreBaseTransferCompleted]);
