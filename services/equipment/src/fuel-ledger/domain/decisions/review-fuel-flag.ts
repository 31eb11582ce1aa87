import { DecisionContext } from '@muster/event-sourcing';
import { pastInstant } from '../../../vehicle/domain/decisions/guards';
import { ReviewFuelFlag } from '../fuel-ledger.commands';
import { FuelLedgerErrors as E } from '../fuel-ledger.errors';
import { FuelFlagReviewed } from '../fuel-ledger.events';
import { FuelLedgerState } from '../fuel-ledger.state';

/** ReviewFuelFlag: a flagged issue is cleared (explained) or confirmed (a loss), once, saying what was found. */
export function reviewFuelFlag(
  command: ReviewFuelFlag,
  state: FuelLedgerState,
  { now }: DecisionContext,
): FuelFlagReviewed[] {
  if (!state.openFlags.includes(command.issueId)) throw E.flagNotOpen(command.issueId);
  const note = command.note.trim();
  if (note === '') throw E.noteRequired();
  return [
    {
      type: 'FuelFlagReviewed',
      data: {
        issueId: command.issueId,
        outcome: command.outcome,
        note,
        reviewedAt: pastInstant(command.reviewedAt, 'reviewedAt', now),
      },
    },
  ];
}
