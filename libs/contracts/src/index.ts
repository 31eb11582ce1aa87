export * from './envelope';
export * from './centres';
