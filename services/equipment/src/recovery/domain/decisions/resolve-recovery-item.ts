import { ResolveRecoveryItem } from '../recovery.commands';
import { ItemRecovered } from '../recovery.events';
import { RecoveryState } from '../recovery.state';

/**
 * ResolveRecoveryItem: an item the member held came back or was written off. Anything else — no recovery for this
 * member, an item not listed in it or already accounted for — records nothing: every return of every member
 * passes here.
 */
export function resolveRecoveryItem(command: ResolveRecoveryItem, state: RecoveryState): ItemRecovered[] {
  const outstanding = state.outstanding[command.itemId] ?? 0;
  if (state.recoveryId === null || state.memberId === null || outstanding === 0) return [];
  const quantity = Math.min(command.quantity, outstanding);
  const left = Object.entries(state.outstanding).reduce(
    (sum, [itemId, n]) => sum + (itemId === command.itemId ? n - quantity : n),
    0,
  );
  return [
    {
      type: 'ItemRecovered',
      data: {
        recoveryId: state.recoveryId,
        memberId: state.memberId,
        itemId: command.itemId,
        quantity,
        outcome: command.outcome,
        recoveryComplete: left === 0,
      },
    },
  ];
}
