import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CENTRE_STATUSES } from '@muster/contracts';
import { IsoDate } from '@muster/event-sourcing';
import {
  Capacity,
  CENTRE_TYPES,
  CentreStatus,
  CentreType,
  HazardKind,
  HazardSeverity,
  PowerSupply,
  Site,
  StatusChange,
} from '../../domain/centre.events';

export interface SiteHistoryEntry {
  readonly site: Site;
  readonly from: IsoDate;
  /** null: the current site. */
  readonly until: IsoDate | null;
  /** Why the centre moved here; null for the site it was registered at. */
  readonly reason: string | null;
}

export interface StatusHistoryEntry {
  readonly status: CentreStatus;
  readonly since: IsoDate;
  readonly change: StatusChange | { readonly kind: 'registered' };
}

export interface HazardView {
  readonly hazardId: string;
  readonly kind: HazardKind;
  readonly location: string;
  readonly severity: HazardSeverity;
  readonly description: string;
  readonly reportedOn: IsoDate;
  readonly reportedBy: string;
  readonly cordon: { readonly cordonedOn: IsoDate; readonly note: string; readonly cordonedBy: string } | null;
  readonly clearance: {
    readonly clearedOn: IsoDate;
    readonly clearedBy: string;
    readonly method: string;
    readonly recordedBy: string;
  } | null;
}

/** A centre as everyone who may read it sees it: identity, site and status with their histories, hazards. */
export class CentreProfile {
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ description: 'The centre stream’s version (also the ETag)' }) version!: number;
  @ApiProperty() code!: string;
  @ApiProperty() nameAr!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() governorate!: string;
  @ApiPropertyOptional({ enum: CENTRE_TYPES, nullable: true }) centreType!: CentreType | null;
  @ApiPropertyOptional({ nullable: true }) capacity!: Capacity | null;
  @ApiPropertyOptional({ nullable: true }) powerSupply!: PowerSupply | null;
  @ApiPropertyOptional({ nullable: true }) commander!: { memberId: string; appointedOn: IsoDate } | null;
  @ApiPropertyOptional({ nullable: true }) site!: Site | null;
  @ApiProperty({ description: 'Every site, oldest first' }) siteHistory!: SiteHistoryEntry[];
  @ApiProperty({ enum: CENTRE_STATUSES }) status!: CentreStatus;
  @ApiProperty() statusSince!: IsoDate;
  @ApiProperty({ description: 'Every status, oldest first, with what caused it' }) statusHistory!: StatusHistoryEntry[];
  @ApiProperty({ description: 'Hazards not cleared yet' }) openHazards!: HazardView[];
  @ApiProperty() clearedHazards!: HazardView[];
}
