import { deterministicUuid } from '@muster/event-sourcing';
import { Actor } from '../fuel-ledger.commands';
import { FuelLedgerErrors as E } from '../fuel-ledger.errors';

// Guards shared by the fuel ledger's decisions.

/** A commander records at their own centres only: outside them, the ledger is as good as unknown. */
export function requireActsFor(actor: Actor, centreId: string): void {
  if (actor.centreIds !== null && !actor.centreIds.includes(centreId)) throw E.notFound();
}

/** The id of the next entry of a kind (delivery, issue, stocktake) in a centre's ledger: the same every replay. */
export const nextEntryId = (centreId: string, kind: string, count: number): string =>
  deterministicUuid('fuelledger', centreId, kind, String(count + 1));
