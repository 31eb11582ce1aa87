import { MemberRole, VEHICLE_TYPES } from '@muster/contracts';
import { CentreStatus } from '../../centre/domain/centre.events';

type VehicleType = (typeof VEHICLE_TYPES)[number];

/**
 * The certification each counted role requires (fixed here, not read from training's catalogue): a driver counts only
 * with a valid `driving` certification, a rescuer with `search-and-rescue`, a firefighter with `firefighting`.
 */
export const REQUIRED_COMPETENCY = {
  driver: 'driving',
  rescuer: 'search-and-rescue',
  firefighter: 'firefighting',
} as const satisfies Partial<Record<MemberRole, string>>;
export type CertifiedRole = keyof typeof REQUIRED_COMPETENCY;
export const CERTIFIED_ROLES = Object.keys(REQUIRED_COMPETENCY) as CertifiedRole[];

/** Fewer on duty than this is a thin crew: one team cannot go out and keep the centre. */
export const MIN_CREW = 4;

export interface RoleCover {
  /** Members on duty holding the role. */
  readonly onDuty: number;
  /** Of them, those whose required certification is valid. */
  readonly certified: number;
}

export interface VehicleCount {
  readonly held: number;
  readonly serviceable: number;
}

/** `known: false`: the source had published nothing that took effect by the date — unknown, which is not zero. */
export type Known<T> = ({ readonly known: true } & T) | { readonly known: false };

/** What readiness counts for one centre on one date. */
export interface ReadinessFigures {
  /** null: the centre was not registered yet on that date. */
  readonly status: CentreStatus | null;
  readonly members: {
    /** Assigned here (on duty or not: suspended, on leave, injured). */
    readonly assigned: number;
    readonly onDuty: number;
    readonly onDutyByRole: Readonly<Partial<Record<MemberRole, number>>>;
  };
  readonly certified: Known<{ readonly roles: Readonly<Record<CertifiedRole, RoleCover>> }>;
  readonly vehicles: Known<VehicleCount & { readonly byType: Readonly<Partial<Record<VehicleType, VehicleCount>>> }>;
  readonly hazards: { readonly open: number; readonly severe: number };
}

export type ReadinessLevel = 'ready' | 'limited' | 'not-ready';

/** One thing to fix: a stable code, what it does to the level, a sentence for the commander and the figures. */
export interface ReadinessReason {
  readonly code: string;
  readonly effect: Exclude<ReadinessLevel, 'ready'>;
  readonly message: string;
  readonly figures: Readonly<Record<string, number | string>>;
}

export interface Readiness {
  readonly level: ReadinessLevel;
  /** False while certifications or vehicles are unknown: the level is then at best `limited`. */
  readonly complete: boolean;
  /** Those that make the centre not ready first. */
  readonly reasons: readonly ReadinessReason[];
}

const blocking = (code: string, message: string, figures: ReadinessReason['figures'] = {}): ReadinessReason => ({
  code,
  effect: 'not-ready',
  message,
  figures,
});
const limiting = (code: string, message: string, figures: ReadinessReason['figures'] = {}): ReadinessReason => ({
  code,
  effect: 'limited',
  message,
  figures,
});

const STATUS_REASONS: Readonly<Record<CentreStatus, ReadinessReason | null>> = {
  planned: blocking('CENTRE_PLANNED', 'The centre is planned: it is not working yet'),
  operational: null,
  degraded: limiting('CENTRE_DEGRADED', 'The centre is degraded (no power, road cut…): it works with limits'),
  damaged: blocking('CENTRE_DAMAGED', 'The centre was damaged: it cannot work from its site until restored'),
  destroyed: blocking('CENTRE_DESTROYED', 'The centre was destroyed: it comes back only if rebuilt'),
  closed: blocking('CENTRE_CLOSED', 'The centre is closed'),
};

function statusReasons(status: CentreStatus | null): ReadinessReason[] {
  if (status === null) return [blocking('CENTRE_NOT_REGISTERED', 'The centre was not registered yet on that date')];
  const reason = STATUS_REASONS[status];
  return reason ? [reason] : [];
}

function crewReasons({ members }: ReadinessFigures): ReadinessReason[] {
  const figures = { onDuty: members.onDuty, assigned: members.assigned };
  if (members.onDuty === 0) return [blocking('NO_MEMBER_ON_DUTY', 'Nobody assigned here is on duty', figures)];
  if (members.onDuty < MIN_CREW) {
    return [
      limiting('THIN_CREW', `Only ${members.onDuty} on duty: at least ${MIN_CREW} are needed`, {
        ...figures,
        minimum: MIN_CREW,
      }),
    ];
  }
  return [];
}

function certificationReasons({ certified }: ReadinessFigures): ReadinessReason[] {
  if (!certified.known) {
    return [limiting('CERTIFICATIONS_UNKNOWN', 'Training has published no certification yet: not confirmed')];
  }
  const { driver, rescuer, firefighter } = certified.roles;
  const reasons: ReadinessReason[] = [];
  // Without a certified driver no vehicle can go out; rescuers and firefighters only count where the centre has some.
  if (driver.certified === 0) {
    reasons.push(
      blocking('NO_CERTIFIED_DRIVER', 'No driver on duty holds a valid driving certification', {
        driversOnDuty: driver.onDuty,
        certified: 0,
        competency: REQUIRED_COMPETENCY.driver,
      }),
    );
  }
  for (const [role, cover, code] of [
    ['rescuer', rescuer, 'NO_CERTIFIED_RESCUER'],
    ['firefighter', firefighter, 'NO_CERTIFIED_FIREFIGHTER'],
  ] as const) {
    if (cover.onDuty > 0 && cover.certified === 0) {
      const competency = REQUIRED_COMPETENCY[role];
      reasons.push(
        limiting(code, `No ${role} on duty holds a valid ${competency} certification`, {
          [`${role}sOnDuty`]: cover.onDuty,
          certified: 0,
          competency,
        }),
      );
    }
  }
  return reasons;
}

function vehicleReasons({ vehicles }: ReadinessFigures): ReadinessReason[] {
  if (!vehicles.known) return [limiting('VEHICLES_UNKNOWN', 'Equipment has published no vehicle yet: not confirmed')];
  if (vehicles.serviceable === 0) {
    return [
      blocking('NO_SERVICEABLE_VEHICLE', 'No vehicle here is serviceable', {
        held: vehicles.held,
        serviceable: 0,
      }),
    ];
  }
  return VEHICLE_TYPES.flatMap((type) => {
    const count = vehicles.byType[type];
    if (!count || count.held === 0 || count.serviceable > 0) return [];
    const code = `NO_SERVICEABLE_${type.toUpperCase().replace(/-/g, '_')}`;
    return [
      limiting(code, `None of the centre's ${type} vehicles is serviceable`, { held: count.held, serviceable: 0 }),
    ];
  });
}

function hazardReasons({ hazards }: ReadinessFigures): ReadinessReason[] {
  const reasons: ReadinessReason[] = [];
  if (hazards.severe > 0) {
    reasons.push(
      blocking('SEVERE_HAZARD_OPEN', 'A severe hazard on site is not cleared: keep away', { severe: hazards.severe }),
    );
  }
  const other = hazards.open - hazards.severe;
  if (other > 0) reasons.push(limiting('HAZARD_OPEN', 'A hazard on site is not cleared yet', { open: other }));
  return reasons;
}

/** The level and its reasons, from the figures alone: not ready if anything blocks, limited if anything limits. */
export function readinessOf(figures: ReadinessFigures): Readiness {
  const reasons = [
    ...statusReasons(figures.status),
    ...crewReasons(figures),
    ...hazardReasons(figures),
    ...vehicleReasons(figures),
    ...certificationReasons(figures),
  ];
  const ordered = [
    ...reasons.filter((r) => r.effect === 'not-ready'),
    ...reasons.filter((r) => r.effect === 'limited'),
  ];
  const level: ReadinessLevel =
    ordered.length === 0 ? 'ready' : ordered[0]?.effect === 'not-ready' ? 'not-ready' : 'limited';
  return { level, complete: figures.certified.known && figures.vehicles.known, reasons: ordered };
}
