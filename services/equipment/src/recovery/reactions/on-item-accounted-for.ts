import { reactToOwnEvents } from '@muster/platform';
import { itemCatalogue } from '../../item/domain/item.catalogue';
import { recoveryIdOf } from '../domain/recovery.state';
import { recoveryAggregate } from '../recovery.aggregate';

/**
 * An item a member gives back, or written off from them, settles its line of their recovery — if they have one:
 * the recovery's decision records nothing otherwise, so a routine return costs no event.
 */
export const onItemAccountedFor = reactToOwnEvents(itemCatalogue, {
  name: 'recovery-items',
  on: ['ItemReturned', 'ItemWrittenOff'],
  onRefusal: 'skip',
  send: (event) => {
    const { holder, itemId, quantity } = event.data;
    if (holder === null || holder.kind !== 'member') return [];
    return [
      recoveryAggregate.send(
        recoveryIdOf(holder.id),
        {
          type: 'ResolveRecoveryItem',
          itemId,
          quantity,
          outcome: event.type === 'ItemReturned' ? 'returned' : 'written-off',
        },
        'resolve',
      ),
    ];
  },
});
