// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules of a centre need to know of its past: plain JSON, folded from its events by evolve. */
export interface CentreState {
  /** null until the event that creates the centre. */
  readonly centreId: string | null;
}

export const initialCentreState: CentreState = { centreId: null };
