import { ResolveRecoveryItem } from '../recovery.commands';
import { ItemRecovered } from '../recovery.events';
import { CAMERA, MASKS, MEMBER, RECOVERY, opened, spec } from './spec-support';

const resolve = (
  itemId: string,
  quantity: number,
  outcome: 'returned' | 'written-off' = 'returned',
): ResolveRecoveryItem => ({
  type: 'ResolveRecoveryItem',
  itemId,
  quantity,
  outcome,
});
const recovered = (
  itemId: string,
  quantity: number,
  recoveryComplete: boolean,
  outcome: 'returned' | 'written-off' = 'returned',
): ItemRecovered => ({
  type: 'ItemRecovered',
  data: { recoveryId: RECOVERY, memberId: MEMBER, itemId, quantity, outcome, recoveryComplete },
});

describe('ResolveRecoveryItem', () => {
  it('accounts for each item as it comes back or is written off; the last completes the recovery', () => {
    spec
      .given([opened])
      .when(resolve(CAMERA, 1))
      .then([recovered(CAMERA, 1, false)]);
    spec
      .given([opened, recovered(CAMERA, 1, false), recovered(MASKS, 6, false)])
      .when(resolve(MASKS, 4, 'written-off'))
      .then([recovered(MASKS, 4, true, 'written-off')]);
  });

  it('counts no more than the member held', () => {
    spec
      .given([opened, recovered(CAMERA, 1, false)])
      .when(resolve(MASKS, 25))
      .then([recovered(MASKS, 10, true)]);
  });

  it('records nothing without a recovery, for an item not listed, or one already accounted for', () => {
    spec.given([]).when(resolve(CAMERA, 1)).then([]);
    spec.given([opened]).when(resolve('0b7a3c1e-0000-4000-8000-00000000009f', 1)).then([]);
    spec
      .given([opened, recovered(CAMERA, 1, false)])
      .when(resolve(CAMERA, 1))
      .then([]);
  });
});
