import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { RecordItemDamage } from '../item.commands';
import { ItemErrors as E } from '../item.errors';
import { ItemDamaged } from '../item.events';
import { ItemState } from '../item.state';
import { requireActive, requiredText } from './guards';

/** RecordItemDamage: what happened to it, when, in which incident; it stays where it is until returned. */
export function recordItemDamage(command: RecordItemDamage, state: ItemState, { now }: DecisionContext): ItemDamaged[] {
  requireActive(state);
  requireNotInFuture(command.occurredOn, 'occurredOn', now);
  return [
    {
      type: 'ItemDamaged',
      data: {
        description: requiredText(command.description, E.descriptionRequired),
        occurredOn: command.occurredOn,
        incidentRef: command.incidentRef?.trim() || null,
      },
    },
  ];
}
