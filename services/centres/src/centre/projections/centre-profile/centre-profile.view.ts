import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CENTRE_STATUSES } from '@muster/contracts';
import { IsoDate } from '@muster/event-sourcing';
import {
  Capacity,
  CENTRE_TYPES,
  CentreStatus,
  CentreType,
  Coordinates,
  DEGRADATION_REASONS,
  DegradationReason,
  HAZARD_KINDS,
  HAZARD_SEVERITIES,
  HazardKind,
  HazardSeverity,
  Incident,
  INCIDENT_CAUSES,
  IncidentCause,
  POWER_SUPPLIES,
  PowerSupply,
  Site,
  StatusChange,
} from '../../domain/centre.events';

// The domain's value types are pure TypeScript (no framework in domain/): these classes document them as the profile
// answers them, and `implements` keeps each in step with its domain type.

export class CoordinatesView implements Coordinates {
  @ApiProperty() latitude!: number;
  @ApiProperty() longitude!: number;
}

export class SiteView implements Site {
  @ApiProperty() address!: string;
  @ApiProperty({ type: CoordinatesView, nullable: true }) coordinates!: CoordinatesView | null;
}

export class CapacityView implements Capacity {
  @ApiProperty({ type: 'integer' }) people!: number;
  @ApiProperty({ type: 'integer' }) vehicleBays!: number;
}

export class CentreCommanderView {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ type: String, format: 'date' }) appointedOn!: IsoDate;
}

export class IncidentView implements Incident {
  @ApiProperty({ enum: INCIDENT_CAUSES }) cause!: IncidentCause;
  @ApiProperty({ type: String, format: 'date' }) occurredOn!: IsoDate;
  @ApiProperty({ type: String, nullable: true }) incidentRef!: string | null;
  @ApiProperty() casualties!: boolean;
  @ApiProperty() description!: string;
}

const CHANGE_KINDS = [
  'registered',
  'commissioned',
  'degraded',
  'restored',
  'damaged',
  'destroyed',
  'closed',
  'reopened',
  'rebuild-decided',
] as const satisfies readonly (StatusChange['kind'] | 'registered')[];

/**
 * What caused a status: a union by `kind`, documented as one object whose other properties are there for the kinds
 * that record them (`reasons`: degraded; `note`: degraded, restored, reopened, rebuild-decided; `incident`: damaged,
 * destroyed; `reason`, `estimatedReopeningOn`: closed; `decisionRef`, `decidedBy`: rebuild-decided).
 */
export class StatusChangeView {
  @ApiProperty({ enum: CHANGE_KINDS }) kind!: (typeof CHANGE_KINDS)[number];
  @ApiPropertyOptional({ enum: DEGRADATION_REASONS, isArray: true, description: 'degraded' })
  reasons?: DegradationReason[];
  @ApiPropertyOptional({ description: 'degraded, restored, reopened, rebuild-decided' }) note?: string;
  @ApiPropertyOptional({ type: IncidentView, description: 'damaged, destroyed' }) incident?: IncidentView;
  @ApiPropertyOptional({ description: 'closed' }) reason?: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'closed' })
  estimatedReopeningOn?: IsoDate | null;
  @ApiPropertyOptional({ description: 'rebuild-decided' }) decisionRef?: string;
  @ApiPropertyOptional({ description: 'rebuild-decided' }) decidedBy?: string;
}

export class SiteHistoryEntry {
  @ApiProperty({ type: SiteView }) readonly site!: Site;
  @ApiProperty({ type: String, format: 'date' }) readonly from!: IsoDate;
  /** null: the current site. */
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null: the current site' })
  readonly until!: IsoDate | null;
  /** Why the centre moved here; null for the site it was registered at. */
  @ApiProperty({ type: String, nullable: true, description: 'why the centre moved here; null where it was registered' })
  readonly reason!: string | null;
}

export class StatusHistoryEntry {
  @ApiProperty({ enum: CENTRE_STATUSES }) readonly status!: CentreStatus;
  @ApiProperty({ type: String, format: 'date' }) readonly since!: IsoDate;
  @ApiProperty({ type: StatusChangeView }) readonly change!: StatusChange | { readonly kind: 'registered' };
}

export class HazardCordonView {
  @ApiProperty({ type: String, format: 'date' }) readonly cordonedOn!: IsoDate;
  @ApiProperty() readonly note!: string;
  @ApiProperty() readonly cordonedBy!: string;
}

export class HazardClearanceView {
  @ApiProperty({ type: String, format: 'date' }) readonly clearedOn!: IsoDate;
  @ApiProperty() readonly clearedBy!: string;
  @ApiProperty() readonly method!: string;
  @ApiProperty() readonly recordedBy!: string;
}

export class HazardView {
  @ApiProperty({ format: 'uuid' }) readonly hazardId!: string;
  @ApiProperty({ enum: HAZARD_KINDS }) readonly kind!: HazardKind;
  @ApiProperty() readonly location!: string;
  @ApiProperty({ enum: HAZARD_SEVERITIES }) readonly severity!: HazardSeverity;
  @ApiProperty() readonly description!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly reportedOn!: IsoDate;
  @ApiProperty() readonly reportedBy!: string;
  @ApiProperty({ type: HazardCordonView, nullable: true }) readonly cordon!: HazardCordonView | null;
  @ApiProperty({ type: HazardClearanceView, nullable: true }) readonly clearance!: HazardClearanceView | null;
}

/** A centre as everyone who may read it sees it: identity, site and status with their histories, hazards. */
export class CentreProfile {
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: 'integer', description: 'The centre stream’s version (also the ETag)' }) version!: number;
  @ApiProperty() code!: string;
  @ApiProperty() nameAr!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() governorate!: string;
  @ApiProperty({ enum: CENTRE_TYPES, nullable: true }) centreType!: CentreType | null;
  @ApiProperty({ type: CapacityView, nullable: true }) capacity!: Capacity | null;
  @ApiProperty({ enum: POWER_SUPPLIES, nullable: true }) powerSupply!: PowerSupply | null;
  @ApiProperty({ type: CentreCommanderView, nullable: true }) commander!: CentreCommanderView | null;
  @ApiProperty({ type: SiteView, nullable: true }) site!: Site | null;
  @ApiProperty({ type: [SiteHistoryEntry], description: 'Every site, oldest first' }) siteHistory!: SiteHistoryEntry[];
  @ApiProperty({ enum: CENTRE_STATUSES }) status!: CentreStatus;
  @ApiProperty({ type: String, format: 'date' }) statusSince!: IsoDate;
  @ApiProperty({ type: [StatusHistoryEntry], description: 'Every status, oldest first, with what caused it' })
  statusHistory!: StatusHistoryEntry[];
  @ApiProperty({ type: [HazardView], description: 'Hazards not cleared yet' }) openHazards!: HazardView[];
  @ApiProperty({ type: [HazardView] }) clearedHazards!: HazardView[];
}
