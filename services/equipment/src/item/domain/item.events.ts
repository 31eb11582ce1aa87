import { IsoDate } from '@muster/event-sourcing';
import { ITEM_TYPES } from '@muster/contracts';

// An equipment item's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (item.catalogue.ts), never an edit. Holders are ids only (a member is never
// named here).

export type ItemType = (typeof ITEM_TYPES)[number];

/** Who holds (part of) an item: a member, a centre's store, or a vehicle's kit. */
export interface Holder {
  readonly kind: 'member' | 'centre' | 'vehicle';
  readonly id: string;
}
export const HOLDER_KINDS = ['member', 'centre', 'vehicle'] as const;

export const ITEM_WRITE_OFF_REASONS = ['lost', 'stolen', 'destroyed', 'beyond-repair', 'not-recovered'] as const;
export type ItemWriteOffReason = (typeof ITEM_WRITE_OFF_REASONS)[number];

/**
 * A serial-numbered item (one of it: `serialNumber` set, `quantity` 1) or a counted consumable (a stock of
 * `quantity` `unit`s: masks, gloves, batteries), in the stock of `centreId` until issued.
 */
export type ItemRegistered = {
  type: 'ItemRegistered';
  data: {
    itemId: string;
    itemType: ItemType;
    description: string;
    serialNumber: string | null;
    quantity: number;
    unit: string | null;
    donorId: string | null;
    centreId: string;
    acquiredOn: IsoDate;
    /** Generators: what one fill may hold (fuel issues above it are flagged). */
    tankCapacityLitres: number | null;
  };
};

/** Handed from the centre's stock to a holder (contract `ItemIssued`). */
export type ItemIssued = {
  type: 'ItemIssued';
  data: { itemId: string; centreId: string; holder: Holder; quantity: number; issuedOn: IsoDate };
};

/** Back from a holder into the centre's stock (contract `ItemReturned`). */
export type ItemReturned = {
  type: 'ItemReturned';
  data: {
    itemId: string;
    centreId: string;
    holder: Holder;
    quantity: number;
    returnedOn: IsoDate;
    condition: 'good' | 'damaged';
  };
};

export type ItemDamaged = {
  type: 'ItemDamaged';
  data: { description: string; occurredOn: IsoDate; incidentRef: string | null };
};

/** Gone from the inventory — all of a serial item, or so many of a consumable — from a holder or the stock. */
export type ItemWrittenOff = {
  type: 'ItemWrittenOff';
  data: {
    itemId: string;
    /** null: from the centre's stock. */
    holder: Holder | null;
    quantity: number;
    reason: ItemWriteOffReason;
    evidenceRef: string;
    writtenOffOn: IsoDate;
  };
};

/** Every event of an item's stream. */
export type ItemEvent = ItemRegistered | ItemIssued | ItemReturned | ItemDamaged | ItemWrittenOff;
