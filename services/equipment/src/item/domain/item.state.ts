import { ItemWriteOffReason } from './item.events';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules of an item need to know of its past: plain JSON, folded from its events by evolve. */
export interface ItemState {
  /** null until the item is registered. */
  readonly itemId: string | null;
  readonly centreId: string | null;
  readonly serial: boolean;
  /** How many are in the centre's stock (not issued). */
  readonly inStock: number;
  /** How many each holder has, by `holderKey`. */
  readonly holdings: Readonly<Record<string, number>>;
  readonly damaged: boolean;
  /** Set when nothing of it remains (a serial item written off, or a consumable's last unit). */
  readonly writtenOff: ItemWriteOffReason | null;
}

export const initialItemState: ItemState = {
  itemId: null,
  centreId: null,
  serial: false,
  inStock: 0,
  holdings: {},
  damaged: false,
  writtenOff: null,
};
