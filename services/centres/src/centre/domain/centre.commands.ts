import { IsoDate } from '@muster/event-sourcing';
import {
  Capacity,
  CentreType,
  DegradationReason,
  HazardKind,
  HazardSeverity,
  IncidentCause,
  PowerSupply,
  RegistrationStatus,
  Site,
} from './centre.events';

export type RegisterCentre = {
  type: 'RegisterCentre';
  centreId: string;
  /** The organisation's code for the centre, e.g. `IDL-03`. */
  code: string;
  nameAr: string;
  nameEn: string;
  governorate: string;
  status: RegistrationStatus;
  centreType: CentreType;
  capacity: Capacity;
  powerSupply: PowerSupply;
  site: Site;
};

export type UpdateCentreDetails = {
  type: 'UpdateCentreDetails';
  centreType: CentreType;
  capacity: Capacity;
  powerSupply: PowerSupply;
};

export type RelocateCentre = { type: 'RelocateCentre'; site: Site; relocatedOn: IsoDate; reason: string };

/**
 * `memberActive`: whether personnel's events, as they have reached centres, show the member onboarded and neither
 * departed nor killed (looked up by the use case; centres never calls personnel).
 */
export type AppointCommander = {
  type: 'AppointCommander';
  memberId: string;
  appointedOn: IsoDate;
  memberActive: boolean;
};

export type CommissionCentre = { type: 'CommissionCentre'; since: IsoDate };

export type ReportDegraded = {
  type: 'ReportDegraded';
  since: IsoDate;
  reasons: readonly DegradationReason[];
  note: string;
};

export type RestoreCentre = { type: 'RestoreCentre'; since: IsoDate; note: string };

export type ReportIncident = {
  type: 'ReportIncident';
  outcome: 'damaged' | 'destroyed';
  cause: IncidentCause;
  occurredOn: IsoDate;
  incidentRef: string | null;
  casualties: boolean;
  description: string;
};

export type CloseCentre = {
  type: 'CloseCentre';
  since: IsoDate;
  reason: string;
  estimatedReopeningOn: IsoDate | null;
};

export type ReopenCentre = { type: 'ReopenCentre'; since: IsoDate; note: string };

export type DecideRebuild = {
  type: 'DecideRebuild';
  decidedOn: IsoDate;
  decisionRef: string;
  note: string;
  /** The admin who records the decision. */
  decidedBy: string;
};

export type ReportHazard = {
  type: 'ReportHazard';
  hazardId: string;
  kind: HazardKind;
  location: string;
  severity: HazardSeverity;
  description: string;
  reportedOn: IsoDate;
  reportedBy: string;
};

export type CordonHazard = {
  type: 'CordonHazard';
  hazardId: string;
  cordonedOn: IsoDate;
  note: string;
  cordonedBy: string;
};

export type ClearHazard = {
  type: 'ClearHazard';
  hazardId: string;
  clearedOn: IsoDate;
  clearedBy: string;
  method: string;
  recordedBy: string;
};

/** Every command a centre takes. */
export type CentreCommand =
  | RegisterCentre
  | UpdateCentreDetails
  | RelocateCentre
  | AppointCommander
  | CommissionCentre
  | ReportDegraded
  | RestoreCentre
  | ReportIncident
  | CloseCentre
  | ReopenCentre
  | DecideRebuild
  | ReportHazard
  | CordonHazard
  | ClearHazard;
