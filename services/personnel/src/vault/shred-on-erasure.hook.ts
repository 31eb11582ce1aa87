import { SqlTransaction, inlineProjection } from '@muster/event-store';
import { crewIntakeCatalogue } from '../crew-intake/domain/crew-intake.catalogue';
import { memberCatalogue } from '../member/domain/member.catalogue';
import { intakeMemberId } from '../crew-intake/domain/intake-member-id';
import { shredDataKey, shredMemberKeys } from './key-store';

/**
 * Crypto-shredding in the append transaction: when a member's identity erasure is recorded, their wrapped data key is
 * deleted with it, so the erasure and its effect commit together or not at all.
 */
export const shredOnErasure = inlineProjection({
  name: 'identity-shredding',
  catalogue: memberCatalogue,
  handles: ['MemberIdentityErased'],
  apply: (event, tx) => shredDataKey(tx, event.data.keyId),
});

async function peopleAdded(tx: SqlTransaction, intakeStreamId: string): Promise<string[]> {
  const added = await tx.query<{ person_id: string }>(
    `SELECT data->>'personId' AS person_id FROM events WHERE stream_id = $1 AND type = 'IntakePersonAdded'`,
    [intakeStreamId],
  );
  return added.map((row) => row.person_id);
}

/**
 * People of a crew intake who will never be members — rejected when it completes, everyone when it is cancelled — have
 * no member record through which their identity could ever be erased: their keys are shredded as the intake closes.
 */
export const shredWhenIntakeCloses = inlineProjection({
  name: 'intake-identity-shredding',
  catalogue: crewIntakeCatalogue,
  handles: ['CrewIntakeCompleted', 'CrewIntakeCancelled'],
  async apply(event, tx) {
    const personIds =
      event.type === 'CrewIntakeCompleted' ? event.data.rejectedPersonIds : await peopleAdded(tx, event.streamId);
    const intakeId = crewIntakeCatalogue.idOf(event.streamId);
    await shredMemberKeys(
      tx,
      personIds.map((personId) => intakeMemberId(intakeId, personId)),
    );
  },
});
