import { DecisionContext } from '@muster/event-sourcing';
import { pastInstant } from '../../../vehicle/domain/decisions/guards';
import { round1 } from '../consumption';
import { RecordStocktake } from '../fuel-ledger.commands';
import { FuelLedgerErrors as E } from '../fuel-ledger.errors';
import { FuelStocktakeRecorded } from '../fuel-ledger.events';
import { FuelLedgerState } from '../fuel-ledger.state';
import { nextEntryId } from './guards';

/**
 * RecordStocktake: the stock counted against the ledger. Any difference says why; from then on the ledger holds the
 * counted balance.
 */
export function recordStocktake(
  command: RecordStocktake,
  state: FuelLedgerState,
  { now }: DecisionContext,
): FuelStocktakeRecorded[] {
  const differenceLitres = round1(command.countedLitres - state.balanceLitres);
  const reason = command.reason?.trim() || null;
  if (differenceLitres !== 0 && reason === null) throw E.reasonRequired(differenceLitres);
  return [
    {
      type: 'FuelStocktakeRecorded',
      data: {
        stocktakeId: nextEntryId(command.centreId, 'stocktake', state.stocktakes),
        countedLitres: command.countedLitres,
        ledgerLitres: state.balanceLitres,
        differenceLitres,
        reason,
        countedBy: command.countedBy,
        countedAt: pastInstant(command.countedAt, 'countedAt', now),
      },
    },
  ];
}
