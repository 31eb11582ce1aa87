import { Decider, DecisionContext, unreachable } from '@muster/event-sourcing';
import { FuelLedgerCommand } from './fuel-ledger.commands';
import { FuelLedgerEvent } from './fuel-ledger.events';
import { FuelLedgerState, initialFuelLedgerState } from './fuel-ledger.state';
import { recordFuelDelivery } from './decisions/record-fuel-delivery';
import { issueFuel } from './decisions/issue-fuel';
import { reviewFuelFlag } from './decisions/review-fuel-flag';
import { recordStocktake } from './decisions/record-stocktake';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: FuelLedgerState, event: FuelLedgerEvent): FuelLedgerState {
  switch (event.type) {
    case 'FuelDelivered': {
      const { centreId, balanceLitres } = event.data;
      return { ...state, centreId, balanceLitres, deliveries: state.deliveries + 1 };
    }
    case 'FuelIssued': {
      const { centreId, issueId, flags, balanceLitres } = event.data;
      return {
        ...state,
        centreId,
        balanceLitres,
        issues: state.issues + 1,
        openFlags: flags.length > 0 ? [...state.openFlags, issueId] : state.openFlags,
      };
    }
    case 'FuelFlagReviewed':
      return { ...state, openFlags: state.openFlags.filter((id) => id !== event.data.issueId) };
    case 'FuelStocktakeRecorded':
      return { ...state, balanceLitres: event.data.countedLitres, stocktakes: state.stocktakes + 1 };
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: FuelLedgerCommand, state: FuelLedgerState, context: DecisionContext): FuelLedgerEvent[] {
  switch (command.type) {
    case 'RecordFuelDelivery':
      return recordFuelDelivery(command, state, context);
    case 'IssueFuel':
      return issueFuel(command, state, context);
    case 'ReviewFuelFlag':
      return reviewFuelFlag(command, state, context);
    case 'RecordStocktake':
      return recordStocktake(command, state, context);
    default:
      return unreachable(command);
  }
}

export const fuelLedgerDecider: Decider<FuelLedgerCommand, FuelLedgerState, FuelLedgerEvent> = {
  initialState: initialFuelLedgerState,
  evolve,
  decide,
};
