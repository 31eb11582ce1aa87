import type { AppendHook, SqlTransaction } from '@muster/event-store';
import { RecordedEvent } from '@muster/event-sourcing';
import { ProtectedIdentityRef } from '../../../identity';
import { MemberState, currentCentreOf, initialMemberState, memberDecider } from '../../domain/member.decider';
import { MemberEvent } from '../../domain/member.events';
import { MEMBER_STREAM_TYPE, memberIdOf } from '../../../shared/streams';

/** Member events grouped by member, in stream order. */
export function memberEventsByMember(events: readonly RecordedEvent[]): Map<string, RecordedEvent<MemberEvent>[]> {
  const byMember = new Map<string, RecordedEvent<MemberEvent>[]>();
  for (const event of events) {
    if (event.streamType !== MEMBER_STREAM_TYPE) continue;
    const memberId = memberIdOf(event.streamId);
    byMember.set(memberId, [...(byMember.get(memberId) ?? []), event as RecordedEvent<MemberEvent>]);
  }
  return byMember;
}

interface ProfileRow {
  version: number;
  state: MemberState;
  preferred_centre_id: string | null;
  identity_ref: ProtectedIdentityRef | null;
}

/**
 * Keeps `member_profiles` (profile and roster) in the append transaction: folds the new events into the stored
 * state with the decider's own evolve. Idempotent: events at or below the stored version change nothing.
 */
export const memberProfileProjection: AppendHook = {
  name: 'member-profiles',
  async onAppended(events: readonly RecordedEvent[], tx: SqlTransaction): Promise<void> {
    for (const [memberId, memberEvents] of memberEventsByMember(events)) {
      await project(tx, memberId, memberEvents);
    }
  },
};

async function project(
  tx: SqlTransaction,
  memberId: string,
  events: readonly RecordedEvent<MemberEvent>[],
): Promise<void> {
  const [row] = await tx.query<ProfileRow>(
    `SELECT version, state, preferred_centre_id, identity_ref FROM member_profiles WHERE member_id = $1 FOR UPDATE`,
    [memberId],
  );
  let state = row?.state ?? initialMemberState;
  let version = row?.version ?? 0;
  let preferredCentreId = row?.preferred_centre_id ?? null;
  let identityRef = row?.identity_ref ?? null;
  let changed = false;
  for (const recorded of events) {
    if (recorded.streamVersion <= version) continue;
    const event = { type: recorded.type, data: recorded.data } as MemberEvent;
    state = memberDecider.evolve(state, event);
    if (event.type === 'MemberApplied') preferredCentreId = event.data.preferredCentreId;
    if (event.type === 'MemberApplied' || event.type === 'MemberIdentityUpdated') identityRef = event.data.identity;
    if (event.type === 'MemberIdentityErased') identityRef = null;
    version = recorded.streamVersion;
    changed = true;
  }
  if (!changed) return;
  await tx.query(
    `INSERT INTO member_profiles (member_id, version, call_sign, status, centre_id, preferred_centre_id, roles,
       identity_erased, identity_ref, state)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (member_id) DO UPDATE SET version = EXCLUDED.version, call_sign = EXCLUDED.call_sign,
       status = EXCLUDED.status, centre_id = EXCLUDED.centre_id, preferred_centre_id = EXCLUDED.preferred_centre_id,
       roles = EXCLUDED.roles, identity_erased = EXCLUDED.identity_erased, identity_ref = EXCLUDED.identity_ref,
       state = EXCLUDED.state`,
    [
      memberId,
      version,
      state.callSign ?? '',
      state.status,
      currentCentreOf(state),
      preferredCentreId,
      [...state.roles],
      state.identity?.erased ?? false,
      identityRef === null ? null : JSON.stringify(identityRef),
      JSON.stringify(state),
    ],
  );
}
