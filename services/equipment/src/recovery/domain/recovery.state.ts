import { deterministicUuid } from '@muster/event-sourcing';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules of a recovery need to know of its past: plain JSON, folded from its events by evolve. */
export interface RecoveryState {
  /** null until the recovery opens. */
  readonly recoveryId: string | null;
  readonly memberId: string | null;
  /** How many of each item are still to come back or be written off. */
  readonly outstanding: Readonly<Record<string, number>>;
}

export const initialRecoveryState: RecoveryState = { recoveryId: null, memberId: null, outstanding: {} };

/** A member has one recovery at most: its id follows from theirs, so every reaction finds it without a lookup. */
export const recoveryIdOf = (memberId: string): string => deterministicUuid('recovery', memberId);
