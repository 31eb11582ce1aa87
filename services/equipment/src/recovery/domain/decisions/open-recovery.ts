import { OpenRecovery } from '../recovery.commands';
import { RecoveryOpened } from '../recovery.events';
import { RecoveryState } from '../recovery.state';

/**
 * OpenRecovery: one recovery per member, for everything they hold. A second opening (a redelivery, or a death
 * recorded after a departure) records nothing: the first already lists what they held.
 */
export function openRecovery(command: OpenRecovery, state: RecoveryState): RecoveryOpened[] {
  if (state.recoveryId !== null) return [];
  const { recoveryId, memberId, cause, centreId, occurredOn, items } = command;
  return [{ type: 'RecoveryOpened', data: { recoveryId, memberId, cause, centreId, occurredOn, items: [...items] } }];
}
