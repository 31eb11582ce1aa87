export * from './envelope';
export * from './integration-event';
export * from './centres';
export * from './registry';
export * from './roles';
