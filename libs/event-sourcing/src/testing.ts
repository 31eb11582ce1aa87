// Test helpers (they use Jest's `expect`): import from '@muster/event-sourcing/testing', never from production code.
export * from './decider-spec';
export * from './recorded-stream';
