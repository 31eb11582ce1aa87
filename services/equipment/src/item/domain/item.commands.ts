import { IsoDate } from '@muster/event-sourcing';
import { Holder, ItemType, ItemWriteOffReason } from './item.events';

export type RegisterItem = {
  type: 'RegisterItem';
  itemId: string;
  itemType: ItemType;
  description: string;
  /** A serial-numbered item; null for a counted consumable. */
  serialNumber: string | null;
  /** 1 for a serial-numbered item. */
  quantity: number;
  unit: string | null;
  donorId: string | null;
  /** Whether the donor register holds `donorId` (read before the command path; true without a donor). */
  donorOnRecord: boolean;
  centreId: string;
  acquiredOn: IsoDate;
  tankCapacityLitres: number | null;
};

export type IssueItem = { type: 'IssueItem'; holder: Holder; quantity: number; issuedOn: IsoDate };

export type ReturnItem = {
  type: 'ReturnItem';
  holder: Holder;
  quantity: number;
  returnedOn: IsoDate;
  condition: 'good' | 'damaged';
};

export type RecordItemDamage = {
  type: 'RecordItemDamage';
  description: string;
  occurredOn: IsoDate;
  incidentRef: string | null;
};

export type WriteOffItem = {
  type: 'WriteOffItem';
  holder: Holder | null;
  quantity: number;
  reason: ItemWriteOffReason;
  evidenceRef: string;
  writtenOffOn: IsoDate;
};

/** Every command an item takes. */
export type ItemCommand = RegisterItem | IssueItem | ReturnItem | RecordItemDamage | WriteOffItem;
