import { IsoDate } from '@muster/event-sourcing';
import { DataSource, EntityManager } from 'typeorm';
import { Standing } from './member-periods';

interface StandingRow {
  status: Standing['status'];
  centre_id: string | null;
  roles: string[];
}

const standingOf = (row: StandingRow | undefined) =>
  row ? { status: row.status, centreId: row.centre_id, roles: row.roles } : null;

/**
 * A member's standing now as training knows it from personnel: status, centre and roles; null while training has
 * not heard of the member (enrolment refuses with MEMBER_NOT_KNOWN then).
 */
export async function memberStanding(
  db: DataSource | EntityManager,
  memberId: string,
): Promise<{ status: string; centreId: string | null; roles: string[] } | null> {
  const rows = (await db.query(`SELECT status, centre_id, roles FROM training_members WHERE member_id = $1`, [
    memberId,
  ])) as StandingRow[];
  return standingOf(rows[0]);
}

/** The same on a past day (null: not a member of training's knowledge that day). */
export async function memberStandingOn(
  db: DataSource | EntityManager,
  memberId: string,
  day: IsoDate,
): Promise<Standing | null> {
  const rows = (await db.query(
    `SELECT status, centre_id, roles FROM training_member_periods
      WHERE member_id = $1 AND valid_from <= $2::date AND (valid_until IS NULL OR valid_until > $2::date)`,
    [memberId, day],
  )) as StandingRow[];
  return standingOf(rows[0]);
}
