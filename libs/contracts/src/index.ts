export * from './envelope';
export * from './centres';
export * from './roles';
