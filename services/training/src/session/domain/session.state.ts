// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.
import { SessionScheduled } from './session.events';

/** What the rules of a session need to know of its past: plain JSON, folded from its events by evolve. */
export interface SessionState {
  /** null until it is scheduled. */
  readonly scheduled: SessionScheduled['data'] | null;
  readonly enrolled: readonly string[];
  /** Members whose result is recorded. */
  readonly resulted: readonly string[];
}

export const initialSessionState: SessionState = { scheduled: null, enrolled: [], resulted: [] };
