import { MemberDeparted } from '@muster/contracts';
import { reactToIntegrationEvent } from '@muster/platform';
import { memberIdOf } from './member-id';
import { openMemberRecovery } from './open-member-recovery';

/** A member left: everything they held is to be recovered (personnel does not say their centre; the items do). */
export const onMemberDeparted = reactToIntegrationEvent(MemberDeparted, {
  name: 'member-departed-recovery',
  onRefusal: 'skip',
  send: (data, trigger) => [
    openMemberRecovery(
      { memberId: memberIdOf(trigger.streamId), cause: 'departed', centreId: null, occurredOn: data.departedOn },
      `Departed (${data.reason})`,
    ),
  ],
});
