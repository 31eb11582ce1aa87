import { DonorDetails } from './donor.events';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules of a donor need to know of its past: plain JSON, folded from its events by evolve. */
export interface DonorState {
  /** null until the event that creates the donor. */
  readonly donorId: string | null;
  /** As they stand, so that an update that changes nothing records nothing. */
  readonly details: DonorDetails | null;
}

export const initialDonorState: DonorState = { donorId: null, details: null };
