import { ItemErrors as E } from '../item.errors';
import { Holder } from '../item.events';
import { ItemState } from '../item.state';

// Guards shared by several item decisions.

export type RegisteredItem = ItemState & { readonly itemId: string; readonly centreId: string };

/** Refuses an item never registered, and one written off: it accepts nothing but reads. */
export function requireActive(state: ItemState): asserts state is RegisteredItem {
  if (state.itemId === null || state.centreId === null) throw E.notFound();
  if (state.writtenOff !== null) throw E.writtenOff(state.writtenOff);
}

export const holderKey = (holder: Holder): string => `${holder.kind}:${holder.id}`;

/** Refuses taking back more than the holder has. */
export function requireHeld(state: ItemState, holder: Holder, quantity: number): void {
  const held = state.holdings[holderKey(holder)] ?? 0;
  if (quantity > held) throw E.notHeld(held, quantity);
}

/** Free text a person must write: trimmed, never blank. */
export function requiredText(value: string, error: () => Error): string {
  const trimmed = value.trim();
  if (trimmed === '') throw error();
  return trimmed;
}
