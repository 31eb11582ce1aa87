import { Decider, DomainError, unreachable } from '@muster/event-sourcing';

/** A small decider for the store's tests: a fund with deposits, withdrawals and notes. */
export type LedgerEvent =
  | { type: 'Deposited'; data: { amount: number } }
  | { type: 'Withdrawn'; data: { amount: number } }
  | { type: 'Noted'; data: { text: string } };

export type LedgerCommand = { type: 'Deposit'; amount: number } | { type: 'Withdraw'; amount: number };

export interface LedgerState {
  readonly balance: number;
  readonly movements: number;
  readonly notes: readonly string[];
}

export const ledger: Decider<LedgerCommand, LedgerState, LedgerEvent> = {
  initialState: { balance: 0, movements: 0, notes: [] },
  evolve(state, event) {
    switch (event.type) {
      case 'Deposited':
        return { ...state, balance: state.balance + event.data.amount, movements: state.movements + 1 };
      case 'Withdrawn':
        return { ...state, balance: state.balance - event.data.amount, movements: state.movements + 1 };
      case 'Noted':
        return { ...state, notes: [...state.notes, event.data.text] };
      default:
        return unreachable(event);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'Deposit':
        return command.amount === 0 ? [] : [{ type: 'Deposited', data: { amount: command.amount } }];
      case 'Withdraw':
        if (command.amount > state.balance)
          throw new DomainError('InsufficientFunds', 'Not enough in the fund', 'rule');
        return [{ type: 'Withdrawn', data: { amount: command.amount } }];
      default:
        return unreachable(command);
    }
  },
};
