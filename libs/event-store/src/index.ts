export { PostgresEventStore } from './postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres-event-store';
export { CatchUpProjectionRunner } from './catch-up-projections';
export type { CatchUpProjection } from './catch-up-projections';
export { catchUpProjection, inlineProjection } from './typed-projections';
export type { BatchedProjection, Projection } from './typed-projections';
export { ConcurrencyError, IdempotencyConflict } from './errors';
export { eventStoreMigrations } from './migrations';
export { UpcasterRegistry } from './upcasting';
// The hashing lives in the pure lib (an auditor's verifier uses the very same code); re-exported for existing callers.
export { canonicalJson, contentHash, chainHash } from '@muster/log-proofs';
export type { HashedEventContent } from '@muster/log-proofs';
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
