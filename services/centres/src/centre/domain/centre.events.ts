import { CENTRE_STATUSES } from '@muster/contracts';
import { IsoDate } from '@muster/event-sourcing';

// A centre's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (centre.catalogue.ts), never an edit. An event other services follow also keeps
// its contract in @muster/contracts (checked by published-contracts.spec.ts).

export type CentreStatus = (typeof CENTRE_STATUSES)[number];

/** A centre enters the register either planned (not yet working) or already operational. */
export const REGISTRATION_STATUSES = ['planned', 'operational'] as const satisfies readonly CentreStatus[];
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const CENTRE_TYPES = ['search-and-rescue', 'fire', 'ambulance', 'womens-centre', 'mixed'] as const;
export type CentreType = (typeof CENTRE_TYPES)[number];

export const POWER_SUPPLIES = ['grid', 'generator', 'solar', 'grid-and-generator', 'none'] as const;
export type PowerSupply = (typeof POWER_SUPPLIES)[number];

export const INCIDENT_CAUSES = [
  'air-strike',
  'double-tap-strike',
  'shelling',
  'earthquake',
  'fire',
  'explosive-remnants',
  'flood',
  'other',
] as const;
export type IncidentCause = (typeof INCIDENT_CAUSES)[number];

export const DEGRADATION_REASONS = [
  'no-power',
  'road-cut',
  'no-water',
  'no-communications',
  'vehicles-unavailable',
  'short-staffed',
  'other',
] as const;
export type DegradationReason = (typeof DEGRADATION_REASONS)[number];

export const HAZARD_KINDS = [
  'unexploded-ordnance',
  'improvised-explosives',
  'structural',
  'chemical',
  'other',
] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];

/** `severe`: people must keep away until it is cleared (readiness counts an open severe hazard against the centre). */
export const HAZARD_SEVERITIES = ['low', 'moderate', 'severe'] as const;
export type HazardSeverity = (typeof HAZARD_SEVERITIES)[number];

export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/** The building a centre works from: an address as people give it, and where it is on a map if known. */
export interface Site {
  readonly address: string;
  readonly coordinates: Coordinates | null;
}

export interface Capacity {
  readonly people: number;
  readonly vehicleBays: number;
}

/** What hit a centre: the cause, the day, the organisation's incident reference if any, whether people were hurt. */
export interface Incident {
  readonly cause: IncidentCause;
  readonly occurredOn: IsoDate;
  readonly incidentRef: string | null;
  readonly casualties: boolean;
  readonly description: string;
}

/** Why the status changed: one case per legal transition, with what that transition must record. */
export type StatusChange =
  | { readonly kind: 'commissioned' }
  | { readonly kind: 'degraded'; readonly reasons: readonly DegradationReason[]; readonly note: string }
  | { readonly kind: 'restored'; readonly note: string }
  | { readonly kind: 'damaged'; readonly incident: Incident }
  | { readonly kind: 'destroyed'; readonly incident: Incident }
  | { readonly kind: 'closed'; readonly reason: string; readonly estimatedReopeningOn: IsoDate | null }
  | { readonly kind: 'reopened'; readonly note: string }
  | {
      readonly kind: 'rebuild-decided';
      readonly decisionRef: string;
      readonly decidedBy: string;
      readonly note: string;
    };
export type StatusChangeKind = StatusChange['kind'];

export type CentreRegistered = {
  type: 'CentreRegistered';
  data: { centreId: string; code: string; nameAr: string; nameEn: string; governorate: string; status: CentreStatus };
};

/** The centre's type, capacity and power supply: at registration, and whenever an admin corrects them. */
export type CentreDetailsRecorded = {
  type: 'CentreDetailsRecorded';
  data: { centreType: CentreType; capacity: Capacity; powerSupply: PowerSupply };
};

/** The first site, recorded with the registration. */
export type CentreSiteEstablished = { type: 'CentreSiteEstablished'; data: { site: Site } };

/** The centre moved to another building: the same centre, with everything assigned to it. */
export type CentreRelocated = {
  type: 'CentreRelocated';
  data: { from: Site | null; to: Site; relocatedOn: IsoDate; reason: string };
};

export type CentreCommanderAppointed = {
  type: 'CentreCommanderAppointed';
  data: { memberId: string; appointedOn: IsoDate; previousCommanderId: string | null };
};

/** Published to other services (contract `CentreStatusChanged`: centreId, status, since); `change` says why. */
export type CentreStatusChanged = {
  type: 'CentreStatusChanged';
  data: { centreId: string; status: CentreStatus; since: IsoDate; previousStatus: CentreStatus; change: StatusChange };
};

export type HazardReported = {
  type: 'HazardReported';
  data: {
    hazardId: string;
    kind: HazardKind;
    location: string;
    severity: HazardSeverity;
    description: string;
    reportedOn: IsoDate;
    /** The user who reported it. */
    reportedBy: string;
  };
};

export type HazardCordoned = {
  type: 'HazardCordoned';
  data: { hazardId: string; cordonedOn: IsoDate; note: string; cordonedBy: string };
};

export type HazardCleared = {
  type: 'HazardCleared';
  data: {
    hazardId: string;
    clearedOn: IsoDate;
    /** Who did the clearing: a team or an organisation, as the commander names it. */
    clearedBy: string;
    method: string;
    /** The user who recorded it. */
    recordedBy: string;
  };
};

/** Every event of a centre's stream. */
export type CentreEvent =
  | CentreRegistered
  | CentreDetailsRecorded
  | CentreSiteEstablished
  | CentreRelocated
  | CentreCommanderAppointed
  | CentreStatusChanged
  | HazardReported
  | HazardCordoned
  | HazardCleared;
