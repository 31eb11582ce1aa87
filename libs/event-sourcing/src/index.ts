export * from './event';
export * from './event-catalogue';
export * from './decider';
export * from './domain-error';
export * from './deterministic-id';
export * from './calendar-date';
