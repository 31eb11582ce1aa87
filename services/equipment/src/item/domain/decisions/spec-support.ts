// Fixtures shared by the item decision specs (decisions/*.spec.ts). Test code only.
import { fold } from '@muster/event-sourcing';
import { deciderSpec } from '@muster/event-sourcing/testing';
import { ItemCommand, RegisterItem } from '../item.commands';
import { itemDecider } from '../item.decider';
import { Holder, ItemEvent } from '../item.events';

/** The specs' clock: 2026-01-15 09:00 UTC. */
export const NOW = new Date('2026-01-15T09:00:00Z');
export const spec = deciderSpec(itemDecider, { now: NOW });

export const ITEM = '0b7a3c1e-0000-4000-8000-00000000001a';
export const CENTRE = '0b7a3c1e-0000-4000-8000-0000000000a1';
export const DONOR = '0b7a3c1e-0000-4000-8000-0000000000e1';
export const MEMBER: Holder = { kind: 'member', id: '0b7a3c1e-0000-4000-8000-0000000000d1' };
export const VEHICLE_KIT: Holder = { kind: 'vehicle', id: '0b7a3c1e-0000-4000-8000-00000000000a' };

/** A helmet camera, serial HC-0042, in the stock of the spec centre. */
export const camera: RegisterItem = {
  type: 'RegisterItem',
  itemId: ITEM,
  itemType: 'helmet-camera',
  description: 'GoPro Hero 9 with helmet mount',
  serialNumber: 'HC-0042',
  quantity: 1,
  unit: null,
  donorId: DONOR,
  donorOnRecord: true,
  centreId: CENTRE,
  acquiredOn: '2025-11-01',
  tankCapacityLitres: null,
};

/** 200 FFP3 masks in the stock of the spec centre. */
export const masks: RegisterItem = {
  ...camera,
  itemType: 'consumable',
  description: 'FFP3 dust masks',
  serialNumber: null,
  quantity: 200,
  unit: 'pieces',
};

/** The events the commands record, one after another, each decided on the state the ones before left. */
export function history(...commands: ItemCommand[]): ItemEvent[] {
  return commands.reduce<ItemEvent[]>(
    (events, command) => [
      ...events,
      ...itemDecider.decide(command, fold(itemDecider, itemDecider.initialState, events), { now: NOW }),
    ],
    [],
  );
}

export const issue = (holder: Holder, quantity = 1): ItemCommand => ({
  type: 'IssueItem',
  holder,
  quantity,
  issuedOn: '2026-01-10',
});
