import { IsoDate } from '@muster/event-sourcing';
import { RecoveryCause, RecoveryItem } from './recovery.events';

/** Sent by the reactions to personnel's deaths and departures, with what the member holds read just before. */
export type OpenRecovery = {
  type: 'OpenRecovery';
  recoveryId: string;
  memberId: string;
  cause: RecoveryCause;
  centreId: string | null;
  occurredOn: IsoDate;
  items: readonly RecoveryItem[];
};

/** Sent by the reaction to the member's items coming back or being written off. */
export type ResolveRecoveryItem = {
  type: 'ResolveRecoveryItem';
  itemId: string;
  quantity: number;
  outcome: 'returned' | 'written-off';
};

/** Every command a recovery takes. */
export type RecoveryCommand = OpenRecovery | ResolveRecoveryItem;
