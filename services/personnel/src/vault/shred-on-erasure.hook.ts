import type { AppendHook } from '@muster/event-store';
import { CrewIntakeCompleted } from '../crew-intake/domain/crew-intake.events';
import { MemberIdentityErased } from '../member/domain/member.events';
import { intakeMemberId } from '../shared/deterministic-id';
import { intakeIdOf } from '../shared/streams';
import { shredDataKey, shredMemberKeys } from './key-store';

/**
 * Crypto-shredding in the append transaction: when a member's identity erasure is recorded, their wrapped data key is
 * deleted with it, so the erasure and its effect commit together or not at all.
 */
export const shredOnErasure: AppendHook = {
  name: 'identity-shredding',
  async onAppended(events, tx) {
    for (const event of events) {
      if (event.type === 'MemberIdentityErased')
        await shredDataKey(tx, (event.data as MemberIdentityErased['data']).keyId);
    }
  },
};

/**
 * People of a crew intake who will never be members — rejected when it completes, everyone when it is cancelled — have
 * no member record through which their identity could ever be erased: their keys are shredded as the intake closes.
 */
export const shredWhenIntakeCloses: AppendHook = {
  name: 'intake-identity-shredding',
  async onAppended(events, tx) {
    for (const event of events) {
      let personIds: readonly string[];
      if (event.type === 'CrewIntakeCompleted') {
        personIds = (event.data as CrewIntakeCompleted['data']).rejectedPersonIds;
      } else if (event.type === 'CrewIntakeCancelled') {
        const added = await tx.query<{ person_id: string }>(
          `SELECT data->>'personId' AS person_id FROM events WHERE stream_id = $1 AND type = 'IntakePersonAdded'`,
          [event.streamId],
        );
        personIds = added.map((row) => row.person_id);
      } else {
        continue;
      }
      const intakeId = intakeIdOf(event.streamId);
      await shredMemberKeys(
        tx,
        personIds.map((personId) => intakeMemberId(intakeId, personId)),
      );
    }
  },
};
