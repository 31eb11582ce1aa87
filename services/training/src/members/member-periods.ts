import { IsoDate } from '@muster/event-sourcing';

/**
 * A member's status as training records it in `training_members.status`. Of the statuses training-shared.md allows,
 * `probation` and `injured` are never written: personnel counts a member on probation as active (its contracts do not
 * say who is on probation) and keeps an injury as a record, not a status.
 */
export type MemberStatus = 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';

export interface Standing {
  readonly status: MemberStatus;
  readonly centreId: string | null;
  readonly roles: readonly string[];
}

/** One of personnel's facts about a member, as training keeps it (contract data, already checked). */
export interface MemberFact {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A span of days with one standing: from `from` (inclusive) until `until` (exclusive; null: still so). */
export interface StandingPeriod extends Standing {
  readonly from: IsoDate;
  readonly until: IsoDate | null;
}

/** The personnel event types that change a member's standing (the handler consumes exactly these). */
export const STANDING_EVENT_TYPES = [
  'MemberOnboarded',
  'MemberTransferred',
  'MemberRolesChanged',
  'MemberSuspended',
  'MemberReinstated',
  'MemberWentOnLeave',
  'MemberReturnedFromLeave',
  'MemberInjured',
  'MemberKilledInLineOfDuty',
  'MemberDeparted',
] as const;

interface Effect {
  readonly on: IsoDate;
  /** What the fact does to the standing (null: the member is not known to training yet). */
  readonly apply: (s: Standing | null) => Standing | null;
}

/** The day a fact takes effect and what it changes; null for a fact that changes no standing. */
function effectOf(fact: MemberFact): Effect | null {
  const d = fact.data;
  const status = (on: unknown, next: MemberStatus) => ({
    on: on as IsoDate,
    apply: (s: Standing | null) => (s ? { ...s, status: next } : s),
  });
  switch (fact.type) {
    case 'MemberOnboarded':
      return {
        on: d['startsOn'] as IsoDate,
        apply: () => ({ status: 'active', centreId: d['centreId'] as string, roles: d['roles'] as string[] }),
      };
    case 'MemberTransferred':
      return { on: d['effectiveOn'] as IsoDate, apply: (s) => (s ? { ...s, centreId: d['toCentreId'] as string } : s) };
    case 'MemberRolesChanged':
      return { on: d['effectiveOn'] as IsoDate, apply: (s) => (s ? { ...s, roles: d['roles'] as string[] } : s) };
    case 'MemberSuspended':
      return status(d['since'], 'suspended');
    case 'MemberReinstated':
      return status(d['reinstatedOn'], 'active');
    case 'MemberWentOnLeave':
      return status(d['from'], 'on-leave');
    case 'MemberReturnedFromLeave':
      return status(d['returnedOn'], 'active');
    case 'MemberKilledInLineOfDuty':
      // Carries the centre and roles, so a death is recorded even if the onboarding never reached training.
      return {
        on: d['diedOn'] as IsoDate,
        apply: () => ({ status: 'killed', centreId: d['centreId'] as string, roles: d['roles'] as string[] }),
      };
    case 'MemberDeparted':
      return status(d['departedOn'], 'departed');
    default:
      // MemberInjured among them: personnel keeps the member's status (an injury is a record), so does training.
      return null;
  }
}

/** The standing now: every fact in the order personnel recorded them, whatever their dates. */
export function currentStanding(facts: readonly MemberFact[]): Standing | null {
  return effectsOf(facts).reduce<Standing | null>((s, effect) => effect.apply(s), null);
}

/**
 * The standing day by day. On a day, the facts in effect by then apply in the order personnel recorded them, so a
 * change recorded late with an earlier date (a transfer backdated) counts from its date, and one recorded early with a
 * later date (leave booked ahead) counts only from then.
 */
export function standingPeriods(facts: readonly MemberFact[]): StandingPeriod[] {
  const effects = effectsOf(facts);
  const days = [...new Set(effects.map((e) => e.on))].sort();
  const periods: StandingPeriod[] = [];
  for (const day of days) {
    const standing = effects.filter((e) => e.on <= day).reduce<Standing | null>((s, e) => e.apply(s), null);
    const last = periods[periods.length - 1];
    if (last && standing && sameStanding(last, standing)) continue;
    if (last) periods[periods.length - 1] = { ...last, until: day };
    if (standing) periods.push({ ...standing, from: day, until: null });
  }
  return periods;
}

function effectsOf(facts: readonly MemberFact[]): Effect[] {
  return facts.flatMap((fact) => effectOf(fact) ?? []);
}

function sameStanding(a: Standing, b: Standing): boolean {
  return a.status === b.status && a.centreId === b.centreId && a.roles.join() === b.roles.join();
}
