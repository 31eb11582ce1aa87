export { DemoApi, DemoRefused } from './api';
export type { Actor, Signer } from './api';
export { loadDemo } from './load';
export type { DemoSummary, Progress } from './load';
