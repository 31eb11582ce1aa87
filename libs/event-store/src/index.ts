export { PostgresEventStore } from './postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres-event-store';
export { CatchUpProjectionRunner } from './catch-up-projections';
export type { CatchUpProjection } from './catch-up-projections';
export { catchUpProjection, inlineProjection } from './typed-projections';
export type { BatchedProjection, Projection } from './typed-projections';
export { ConcurrencyError, IdempotencyConflict } from './errors';
export { eventStoreMigrations } from './migrations';
export { UpcasterRegistry } from './upcasting';
export { canonicalJson } from './canonical-json';
export { contentHash, chainHash } from './event-hash';
export type { HashedEventContent } from './event-hash';
export { START } from './types';
export { COMMITTED_BARRIER } from './reads';
export type { StreamAppend, StreamAppendOutcome } from './append';
export type {
  AppendOptions,
  AppendResult,
  BatchCommand,
  BatchOptions,
  BatchOutcome,
  Checkpoint,
  ExpectedVersion,
  HandleOptions,
  Loaded,
  LoadOptions,
  ReadAllResult,
  ReadStreamOptions,
  StreamPage,
  StreamProblem,
  StreamVerification,
  TamperKind,
} from './types';
export type { AppendHook, SqlTransaction } from './sql';
export { autocommit, inTransaction } from './transaction';
