import type { AppendHook, SqlTransaction } from '@muster/event-store';
import { RecordedEvent } from '@muster/event-sourcing';
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
    `SELECT version, state, preferred_centre_id FROM member_profiles WHERE member_id = $1 FOR UPDATE`,
    [memberId],
  );
  let state = row?.state ?? initialMemberState;
  let version = row?.version ?? 0;
  let preferredCentreId = row?.preferred_centre_id ?? null;
  let updatedAt = '';
  for (const event of events) {
    if (event.streamVersion <= version) continue;
    state = memberDecider.evolve(state, { type: event.type, data: event.data } as MemberEvent);
    if (event.type === 'MemberApplied')
      preferredCentreId = (event.data as { preferredCentreId: string | null }).preferredCentreId;
    version = event.streamVersion;
    updatedAt = event.recordedAt;
  }
  if (!updatedAt) return;
  await tx.query(
    `INSERT INTO member_profiles (member_id, version, call_sign, status, centre_id, preferred_centre_id, roles, applied_on,
       started_on, probation_ends_on, identity_erased, state, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (member_id) DO UPDATE SET version = EXCLUDED.version, call_sign = EXCLUDED.call_sign,
       status = EXCLUDED.status, centre_id = EXCLUDED.centre_id, preferred_centre_id = EXCLUDED.preferred_centre_id,
       roles = EXCLUDED.roles, applied_on = EXCLUDED.applied_on, started_on = EXCLUDED.started_on,
       probation_ends_on = EXCLUDED.probation_ends_on, identity_erased = EXCLUDED.identity_erased,
       state = EXCLUDED.state, updated_at = EXCLUDED.updated_at`,
    [
      memberId,
      version,
      state.callSign ?? '',
      state.status,
      currentCentreOf(state),
      preferredCentreId,
      [...state.roles],
      state.appliedOn,
      state.startedOn,
      state.probationEndsOn,
      state.identity?.erased ?? false,
      JSON.stringify(state),
      updatedAt,
    ],
  );
}
