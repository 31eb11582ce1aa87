// Fixtures shared by the recovery decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { OpenRecovery } from '../recovery.commands';
import { recoveryDecider } from '../recovery.decider';
import { RecoveryOpened } from '../recovery.events';
import { recoveryIdOf } from '../recovery.state';

export const spec = deciderSpec(recoveryDecider);

export const MEMBER = '0b7a3c1e-0000-4000-8000-0000000000d1';
export const CENTRE = '0b7a3c1e-0000-4000-8000-0000000000a1';
export const CAMERA = '0b7a3c1e-0000-4000-8000-00000000001a';
export const MASKS = '0b7a3c1e-0000-4000-8000-00000000001b';
export const RECOVERY = recoveryIdOf(MEMBER);

/** The member was killed holding a helmet camera and 10 masks. */
export const open: OpenRecovery = {
  type: 'OpenRecovery',
  recoveryId: RECOVERY,
  memberId: MEMBER,
  cause: 'killed-in-line-of-duty',
  centreId: CENTRE,
  occurredOn: '2026-01-14',
  items: [
    { itemId: CAMERA, centreId: CENTRE, quantity: 1 },
    { itemId: MASKS, centreId: CENTRE, quantity: 10 },
  ],
};

export const opened: RecoveryOpened = {
  type: 'RecoveryOpened',
  data: {
    recoveryId: RECOVERY,
    memberId: MEMBER,
    cause: 'killed-in-line-of-duty',
    centreId: CENTRE,
    occurredOn: '2026-01-14',
    items: [...open.items],
  },
};
