import { MemberRole, VEHICLE_STATUSES, VEHICLE_TYPES } from '@muster/contracts';
import { unreachable } from '@muster/event-sourcing';
import { CentreStatus, HazardSeverity } from '../../centre/domain/centre.events';
import { ReadinessFact, SubjectKind } from './readiness-facts';

type VehicleType = (typeof VEHICLE_TYPES)[number];
type VehicleStatus = (typeof VEHICLE_STATUSES)[number];

/** What holds for a subject over a period; the fields that do not apply to its kind are null. */
export interface PeriodAttributes {
  readonly centreId: string | null;
  readonly memberId: string | null;
  /** Members: their roles, sorted. */
  readonly roles: readonly MemberRole[];
  /** Members: on duty (not suspended, on leave or injured). */
  readonly onDuty: boolean | null;
  /** Certifications: the competency they are valid for. */
  readonly competency: string | null;
  readonly vehicleType: VehicleType | null;
  readonly vehicleStatus: VehicleStatus | null;
  readonly centreStatus: CentreStatus | null;
  readonly centreCode: string | null;
  readonly severity: HazardSeverity | null;
}

/**
 * A row of the read model: `[validFrom, validTo)` (ISO instants; validTo null: still so). Only periods that count are
 * kept: a member onboarded and neither killed nor departed, a certification valid, a vehicle held at a centre, a
 * centre registered, a hazard open.
 */
export interface ReadinessPeriod extends PeriodAttributes {
  readonly kind: SubjectKind;
  readonly subjectId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

const NONE: PeriodAttributes = {
  centreId: null,
  memberId: null,
  roles: [],
  onDuty: null,
  competency: null,
  vehicleType: null,
  vehicleStatus: null,
  centreStatus: null,
  centreCode: null,
  severity: null,
};

/** What a subject's state shows from a fact on: nothing, or attributes that hold until the next fact or `until`. */
type View = { readonly attributes: PeriodAttributes; readonly until: string | null } | null;

interface Fold<S> {
  readonly initial: S;
  evolve(state: S, fact: ReadinessFact): S;
  view(state: S, subjectId: string): View;
}

interface MemberState {
  readonly centreId: string | null;
  readonly roles: readonly MemberRole[];
  readonly onboarded: boolean;
  readonly suspended: boolean;
  readonly onLeave: boolean;
  readonly injured: boolean;
  readonly gone: boolean;
}

const memberFold: Fold<MemberState> = {
  initial: {
    centreId: null,
    roles: [],
    onboarded: false,
    suspended: false,
    onLeave: false,
    injured: false,
    gone: false,
  },
  evolve(s, fact) {
    switch (fact.type) {
      case 'MemberOnboarded':
        return { ...s, onboarded: true, centreId: fact.data.centreId, roles: fact.data.roles };
      case 'MemberTransferred':
        return { ...s, centreId: fact.data.toCentreId };
      case 'MemberRolesChanged':
        return { ...s, roles: fact.data.roles };
      case 'MemberSuspended':
        return { ...s, suspended: true };
      // Personnel records no recovery from an injury: returning a member to duty is what ends it.
      case 'MemberReinstated':
        return { ...s, suspended: false, injured: false };
      case 'MemberWentOnLeave':
        return { ...s, onLeave: true };
      case 'MemberReturnedFromLeave':
        return { ...s, onLeave: false, injured: false };
      case 'MemberInjured':
        return { ...s, injured: true };
      case 'MemberKilledInLineOfDuty':
      case 'MemberDeparted':
        return { ...s, gone: true };
      default:
        return s;
    }
  },
  view: (s, memberId) =>
    s.onboarded && !s.gone && s.centreId !== null
      ? {
          attributes: {
            ...NONE,
            centreId: s.centreId,
            memberId,
            roles: [...s.roles].sort(),
            onDuty: !s.suspended && !s.onLeave && !s.injured,
          },
          until: null,
        }
      : null,
};

interface CertificationState {
  readonly memberId: string | null;
  readonly competency: string | null;
  readonly held: boolean;
  /** Ended by an expiry event, until a renewal. */
  readonly lapsed: boolean;
  readonly suspended: boolean;
  readonly revoked: boolean;
  /** The first instant it no longer counts: the day after its expiry date (training's last valid day). */
  readonly endsAt: string | null;
}

const dayAfter = (date: string): string => {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
};

const certificationFold: Fold<CertificationState> = {
  initial: {
    memberId: null,
    competency: null,
    held: false,
    lapsed: false,
    suspended: false,
    revoked: false,
    endsAt: null,
  },
  evolve(s, fact) {
    switch (fact.type) {
      case 'CertificationAwarded':
      case 'CertificationRenewed': {
        const { memberId, competency, expiresOn } = fact.data;
        return {
          ...s,
          memberId,
          competency,
          held: true,
          lapsed: false,
          endsAt: expiresOn === null ? null : dayAfter(expiresOn),
        };
      }
      case 'CertificationExpired':
        return { ...s, memberId: fact.data.memberId, competency: fact.data.competency, lapsed: true };
      case 'CertificationSuspended':
        return { ...s, memberId: fact.data.memberId, competency: fact.data.competency, suspended: true };
      case 'CertificationReinstated':
        return { ...s, memberId: fact.data.memberId, competency: fact.data.competency, suspended: false };
      // A revocation is final: neither a late award nor a renewal brings the certification back.
      case 'CertificationRevoked':
        return { ...s, memberId: fact.data.memberId, competency: fact.data.competency, revoked: true };
      default:
        return s;
    }
  },
  view: (s) =>
    s.held && !s.lapsed && !s.suspended && !s.revoked
      ? { attributes: { ...NONE, memberId: s.memberId, competency: s.competency }, until: s.endsAt }
      : null,
};

interface VehicleState {
  readonly registered: boolean;
  readonly centreId: string | null;
  readonly vehicleType: VehicleType | null;
  readonly status: VehicleStatus | null;
  readonly inTransit: boolean;
}

const vehicleFold: Fold<VehicleState> = {
  initial: { registered: false, centreId: null, vehicleType: null, status: null, inTransit: false },
  evolve(s, fact) {
    switch (fact.type) {
      case 'VehicleRegistered': {
        const { centreId, vehicleType, status } = fact.data;
        return { ...s, registered: true, centreId, vehicleType, status: s.status ?? status };
      }
      case 'VehicleStatusChanged':
        return { ...s, status: fact.data.status };
      case 'VehicleDispatched':
        return { ...s, inTransit: true };
      case 'VehicleArrived':
        return { ...s, inTransit: false, centreId: fact.data.centreId };
      default:
        return s;
    }
  },
  // On the road between centres (or written off) a vehicle is held by no centre.
  view: (s) =>
    s.registered && !s.inTransit && s.status !== 'in-transit' && s.status !== 'written-off'
      ? {
          attributes: { ...NONE, centreId: s.centreId, vehicleType: s.vehicleType, vehicleStatus: s.status },
          until: null,
        }
      : null,
};

interface CentreState {
  readonly registered: boolean;
  readonly code: string | null;
  readonly status: CentreStatus | null;
}

const centreFold: Fold<CentreState> = {
  initial: { registered: false, code: null, status: null },
  evolve(s, fact) {
    switch (fact.type) {
      // A status dated on the day of the registration, before the instant it was recorded, still stands after it.
      case 'CentreRegistered':
        return { registered: true, code: fact.data.code, status: s.status ?? fact.data.status };
      case 'CentreStatusChanged':
        return { ...s, status: fact.data.status };
      default:
        return s;
    }
  },
  view: (s, centreId) =>
    s.registered
      ? { attributes: { ...NONE, centreId, centreStatus: s.status, centreCode: s.code }, until: null }
      : null,
};

interface HazardState {
  readonly centreId: string | null;
  readonly severity: HazardSeverity | null;
  readonly cleared: boolean;
}

const hazardFold: Fold<HazardState> = {
  initial: { centreId: null, severity: null, cleared: false },
  evolve(s, fact) {
    switch (fact.type) {
      case 'HazardReported':
        return { ...s, centreId: fact.data.centreId, severity: fact.data.severity };
      case 'HazardCleared':
        return { ...s, centreId: fact.data.centreId, cleared: true };
      default:
        return s;
    }
  },
  view: (s) =>
    s.severity !== null && !s.cleared
      ? { attributes: { ...NONE, centreId: s.centreId, severity: s.severity }, until: null }
      : null,
};

const earlier = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

function foldPeriods<S>(fold: Fold<S>, kind: SubjectKind, subjectId: string, facts: readonly ReadinessFact[]) {
  const periods: ReadinessPeriod[] = [];
  let state = fold.initial;
  facts.forEach((fact, i) => {
    state = fold.evolve(state, fact);
    const next = facts[i + 1]?.at ?? null;
    // Facts of one instant are taken together: the state between them never held.
    if (next === fact.at) return;
    const view = fold.view(state, subjectId);
    if (!view) return;
    const validTo = earlier(next, view.until);
    if (validTo !== null && validTo <= fact.at) return;
    const last = periods.at(-1);
    if (last && last.validTo === fact.at && sameAttributes(last, view.attributes)) {
      periods[periods.length - 1] = { ...last, validTo };
    } else {
      periods.push({ kind, subjectId, ...view.attributes, validFrom: fact.at, validTo });
    }
  });
  return periods;
}

function sameAttributes(a: PeriodAttributes, b: PeriodAttributes): boolean {
  return (Object.keys(NONE) as (keyof PeriodAttributes)[]).every((key) =>
    key === 'roles' ? a.roles.join() === b.roles.join() : a[key] === b[key],
  );
}

/** Facts of one subject in the order they took effect (a stable sort: the log's order breaks the last ties). */
export function inEffectOrder(facts: readonly ReadinessFact[]): ReadinessFact[] {
  return [...facts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
}

/**
 * The periods of one subject, from all its facts in any order: the one derivation the live consumer and the rebuild
 * share, so both write the same rows.
 */
export function periodsOf(kind: SubjectKind, subjectId: string, facts: readonly ReadinessFact[]): ReadinessPeriod[] {
  const ordered = inEffectOrder(facts);
  switch (kind) {
    case 'member':
      return foldPeriods(memberFold, kind, subjectId, ordered);
    case 'certification':
      return foldPeriods(certificationFold, kind, subjectId, ordered);
    case 'vehicle':
      return foldPeriods(vehicleFold, kind, subjectId, ordered);
    case 'centre':
      return foldPeriods(centreFold, kind, subjectId, ordered);
    case 'hazard':
      return foldPeriods(hazardFold, kind, subjectId, ordered);
    default:
      return unreachable(kind);
  }
}
