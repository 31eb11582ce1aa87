import { DomainError, DomainEvent, EventMetadata, RecordedEvent } from '@muster/event-sourcing';
import type { ConcurrencyError } from './errors';

/** A stream version (its number of events; 0 = no events yet), 'no-stream' (must not exist), or 'any' (no check). */
export type ExpectedVersion = number | 'no-stream' | 'any';

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
  readonly metadata: EventMetadata;
  /** When the fact happened in the world; defaults to now. */
  readonly occurredAt?: Date;
  /** A retried request with the same key returns the first result and appends nothing. */
  readonly idempotencyKey?: string;
}

export interface AppendResult<E extends DomainEvent = DomainEvent> {
  readonly streamId: string;
  /** The stream's version after the append: pass it as expectedVersion next time. */
  readonly nextExpectedVersion: number;
  readonly events: readonly RecordedEvent<E>[];
}

export interface ReadStreamOptions {
  readonly fromVersion?: number;
  readonly toVersion?: number;
  /** The stream as the register knew it at that time (events recorded at or before it). */
  readonly asOf?: Date;
}

/** A place in the global order: readAll orders by (transactionId, globalPosition). Both are bigint decimal strings. */
export interface Checkpoint {
  readonly transactionId: string;
  readonly globalPosition: string;
}

export const START: Checkpoint = { transactionId: '0', globalPosition: '0' };

export interface ReadAllResult {
  readonly events: readonly RecordedEvent[];
  /** Pass as `after` to continue; equal to the given one when nothing new is visible yet. */
  readonly checkpoint: Checkpoint;
}

export interface StreamPage {
  readonly events: readonly RecordedEvent[];
  /** The fromVersion of the next page, or null when this page reached the end of the stream. */
  readonly nextFromVersion: number | null;
}

export interface LoadOptions {
  readonly asOf?: Date;
  /**
   * Names the decider and its state shape (e.g. 'member@3'). Snapshots are used only when it is given; bump it
   * whenever evolve or the state changes, and older snapshots are ignored.
   */
  readonly snapshotKey?: string;
}

export interface Loaded<State> {
  readonly state: State;
  readonly version: number;
}

export interface HandleOptions {
  /** When given, the command is refused (ConcurrencyError) unless the stream is still at this version. */
  readonly expectedVersion?: ExpectedVersion;
  readonly metadata: EventMetadata;
  readonly idempotencyKey?: string;
  readonly now: Date;
  /** Defaults to `now`. */
  readonly occurredAt?: Date;
  readonly snapshotKey?: string;
}

/** One command of a batch (`handleMany`): the stream it is for, and the version it must still be at, if any. */
export interface BatchCommand<Command> {
  readonly streamId: string;
  readonly command: Command;
  readonly expectedVersion?: ExpectedVersion;
}

/** A batch's options are its commands' shared ones: one actor, one correlation, one time. */
export type BatchOptions = Omit<HandleOptions, 'expectedVersion' | 'idempotencyKey' | 'snapshotKey'>;

/** What became of one command of a batch: handled (with the events it appended, maybe none), or refused alone. */
export type BatchOutcome<E extends DomainEvent = DomainEvent> =
  | { readonly status: 'handled'; readonly result: AppendResult<E> }
  | { readonly status: 'refused'; readonly error: DomainError | ConcurrencyError };

export type TamperKind = 'edited' | 'deleted' | 'inserted' | 'reordered' | 'hash-mismatch';

export interface StreamProblem {
  readonly streamVersion: number;
  readonly kind: TamperKind;
  readonly message: string;
}

export interface StreamVerification {
  readonly streamId: string;
  readonly ok: boolean;
  readonly eventsChecked: number;
  readonly problems: readonly StreamProblem[];
}
