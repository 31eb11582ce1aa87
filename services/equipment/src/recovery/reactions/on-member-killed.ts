import { MemberKilledInLineOfDuty } from '@muster/contracts';
import { reactToIntegrationEvent } from '@muster/platform';
import { memberIdOf } from './member-id';
import { openMemberRecovery } from './open-member-recovery';

/** A member killed in the line of duty: everything they held is to be recovered, at the centre they served. */
export const onMemberKilled = reactToIntegrationEvent(MemberKilledInLineOfDuty, {
  name: 'member-killed-recovery',
  onRefusal: 'skip',
  send: (data, trigger) => [
    openMemberRecovery(
      {
        memberId: memberIdOf(trigger.streamId),
        cause: 'killed-in-line-of-duty',
        centreId: data.centreId,
        occurredOn: data.diedOn,
      },
      'Killed in the line of duty',
    ),
  ],
});
