import { Global, Injectable, Module } from '@nestjs/common';
import {
  EventEnvelope,
  MemberDeparted,
  MemberInjured,
  MemberKilledInLineOfDuty,
  MemberOnboarded,
  MemberReinstated,
  MemberReturnedFromLeave,
  MemberRolesChanged,
  MemberSuspended,
  MemberTransferred,
  MemberWentOnLeave,
} from '@muster/contracts';
import { SqlTransaction } from '@muster/event-store';
import { EventHandler } from '@muster/messaging';
import { IntegrationEventHandlers } from '@muster/platform';
import { currentStanding, MemberFact, standingPeriods } from './member-periods';

const CONTRACTS = [
  MemberOnboarded,
  MemberTransferred,
  MemberRolesChanged,
  MemberSuspended,
  MemberReinstated,
  MemberWentOnLeave,
  MemberReturnedFromLeave,
  MemberInjured,
  MemberKilledInLineOfDuty,
  MemberDeparted,
] as const;

const MEMBER_STREAM = /^member-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Personnel's member events, followed into `training_members` and its history (in the consumer's inbox tx). */
@Injectable()
export class TrainingMembers implements IntegrationEventHandlers {
  handlers(): Readonly<Record<string, EventHandler>> {
    return Object.fromEntries(
      CONTRACTS.map((contract) => [
        contract.type,
        async (envelope: EventEnvelope, tx: SqlTransaction) => {
          // Dead-lettered by the consumer (after its retries): a fact we cannot read must not pass silently.
          const data = contract.parse(envelope.data);
          const memberId = MEMBER_STREAM.exec(envelope.streamId)?.[1];
          if (!data || !memberId) {
            const problems = data
              ? [`stream ${envelope.streamId} is not a member's`]
              : contract.problems(envelope.data);
            throw new Error(`${envelope.type} ${envelope.id}: ${problems.join('; ')}`);
          }
          // Only the contract's fields: personnel's free text (reasons, circumstances) stays in personnel.
          const facts = Object.fromEntries(
            Object.keys(contract.data.properties).map((key) => [key, (data as Record<string, unknown>)[key]]),
          );
          await recordFact(tx, memberId.toLowerCase(), envelope, facts);
        },
      ]),
    );
  }
}

/**
 * Keeps the fact, then recomputes the member's standing from all of them in personnel's order (stream version; the
 * arrival order between equal ones), so the result does not depend on the order facts arrive in.
 */
async function recordFact(tx: SqlTransaction, memberId: string, envelope: EventEnvelope, data: object) {
  // One member's facts are recomputed by one transaction at a time.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`training-member:${memberId}`]);
  const inserted = await tx.query(
    `INSERT INTO training_member_facts (event_id, member_id, stream_version, type, data) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    [envelope.id, memberId, envelope.streamVersion, envelope.type, JSON.stringify(data)],
  );
  if (inserted.length === 0) return;
  const facts = await tx.query<MemberFact>(
    `SELECT type, data FROM training_member_facts WHERE member_id = $1 ORDER BY stream_version, arrival`,
    [memberId],
  );
  const now = currentStanding(facts);
  if (now) {
    await tx.query(
      `INSERT INTO training_members (member_id, status, centre_id, roles, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (member_id) DO UPDATE SET status = EXCLUDED.status, centre_id = EXCLUDED.centre_id,
         roles = EXCLUDED.roles, updated_at = now()`,
      [memberId, now.status, now.centreId, now.roles],
    );
  }
  await tx.query(`DELETE FROM training_member_periods WHERE member_id = $1`, [memberId]);
  for (const p of standingPeriods(facts)) {
    await tx.query(
      `INSERT INTO training_member_periods (member_id, valid_from, valid_until, status, centre_id, roles)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [memberId, p.from, p.until, p.status, p.centreId, p.roles],
    );
  }
}

/** Global so that the platform's event consumer (declared in PlatformModule) can resolve the handlers. */
@Global()
@Module({ providers: [TrainingMembers], exports: [TrainingMembers] })
export class TrainingMembersModule {}
