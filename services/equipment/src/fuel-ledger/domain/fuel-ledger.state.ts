// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/**
 * What the rules of a centre's fuel ledger need to know of its past, kept small whatever the ledger's length (the
 * stream is snapshotted): the stock, how many of each entry (their ids), and the issues whose flags await review.
 */
export interface FuelLedgerState {
  /** null until the ledger's first entry. */
  readonly centreId: string | null;
  readonly balanceLitres: number;
  readonly deliveries: number;
  readonly issues: number;
  readonly stocktakes: number;
  /** Issue ids flagged and not yet reviewed. */
  readonly openFlags: readonly string[];
}

export const initialFuelLedgerState: FuelLedgerState = {
  centreId: null,
  balanceLitres: 0,
  deliveries: 0,
  issues: 0,
  stocktakes: 0,
  openFlags: [],
};
