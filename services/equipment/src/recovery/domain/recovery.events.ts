import { IsoDate } from '@muster/event-sourcing';

// A recovery's events, each `{ type, data }`, in `recovery-<recoveryId>` (one per member, its id derived from the
// member's). A type string is permanent once stored: a changed shape gets a new schema version and an upcaster
// (recovery.catalogue.ts), never an edit. The member appears by id only.

export const RECOVERY_CAUSES = ['killed-in-line-of-duty', 'departed'] as const;
export type RecoveryCause = (typeof RECOVERY_CAUSES)[number];

/** One item (or so many of a consumable) the member held, and the centre whose stock it belongs to. */
export interface RecoveryItem {
  readonly itemId: string;
  readonly centreId: string;
  readonly quantity: number;
}

/** Personnel said the member was killed or left: everything they held is listed, to come back or be written off. */
export type RecoveryOpened = {
  type: 'RecoveryOpened';
  data: {
    recoveryId: string;
    memberId: string;
    cause: RecoveryCause;
    /** The centre they served at, when personnel says (a death does; a departure does not). */
    centreId: string | null;
    occurredOn: IsoDate;
    /** Empty: they held nothing, and the recovery is complete as it opens. */
    items: RecoveryItem[];
  };
};

/** One of the items came back or was written off (contract `ItemRecovered`). */
export type ItemRecovered = {
  type: 'ItemRecovered';
  data: {
    recoveryId: string;
    memberId: string;
    itemId: string;
    quantity: number;
    outcome: 'returned' | 'written-off';
    /** The last of them: the recovery is complete. */
    recoveryComplete: boolean;
  };
};

/** Every event of a recovery's stream. */
export type RecoveryEvent = RecoveryOpened | ItemRecovered;
