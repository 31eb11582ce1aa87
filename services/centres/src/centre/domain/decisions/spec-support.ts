// Fixtures shared by the centre decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { RegisterCentre } from '../centre.commands';
import { centreDecider } from '../centre.decider';
import { CentreEvent, CentreStatus, HazardReported, Incident, StatusChange } from '../centre.events';

export const spec = deciderSpec(centreDecider);

export const centreId = 'centre-1';
export const saraqib = { address: 'Main road, Saraqib', coordinates: { latitude: 35.8617, longitude: 36.8011 } };
export const outpost = { address: 'Former military outpost and fire station, Aleppo', coordinates: null };

export const register: RegisterCentre = {
  type: 'RegisterCentre',
  centreId,
  code: 'IDL-03',
  nameAr: 'مركز سراقب',
  nameEn: 'Saraqib Centre',
  governorate: 'Idlib',
  status: 'operational',
  centreType: 'mixed',
  capacity: { people: 40, vehicleBays: 6 },
  powerSupply: 'generator',
  site: saraqib,
};

/** A centre registered at the Saraqib site, operational. */
export const registered: CentreEvent[] = [
  {
    type: 'CentreRegistered',
    data: {
      centreId,
      code: 'IDL-03',
      nameAr: 'مركز سراقب',
      nameEn: 'Saraqib Centre',
      governorate: 'Idlib',
      status: 'operational',
    },
  },
  {
    type: 'CentreDetailsRecorded',
    data: { centreType: 'mixed', capacity: { people: 40, vehicleBays: 6 }, powerSupply: 'generator' },
  },
  { type: 'CentreSiteEstablished', data: { site: saraqib } },
];

/** The same centre registered as planned. */
export const registeredPlanned: CentreEvent[] = registered.map((e) =>
  e.type === 'CentreRegistered' ? { ...e, data: { ...e.data, status: 'planned' } } : e,
);

export function statusChanged(
  previousStatus: CentreStatus,
  status: CentreStatus,
  since: string,
  change: StatusChange,
): CentreEvent {
  return { type: 'CentreStatusChanged', data: { centreId, status, since, previousStatus, change } };
}

export const airStrike: Incident = {
  cause: 'air-strike',
  occurredOn: '2016-04-12',
  incidentRef: 'INC-2016-0412',
  casualties: true,
  description: 'Struck in the night; ambulances disabled',
};

/** The centre after each status, reached legally from `registered`. */
export const damaged = [
  ...registered,
  statusChanged('operational', 'damaged', '2016-04-12', { kind: 'damaged', incident: airStrike }),
];
export const destroyed = [
  ...registered,
  statusChanged('operational', 'destroyed', '2016-04-12', { kind: 'destroyed', incident: airStrike }),
];
export const degraded = [
  ...registered,
  statusChanged('operational', 'degraded', '2025-01-10', { kind: 'degraded', reasons: ['no-power'], note: '' }),
];
export const closed = [
  ...registered,
  statusChanged('operational', 'closed', '2025-01-10', {
    kind: 'closed',
    reason: 'Front line',
    estimatedReopeningOn: null,
  }),
];

export const hazardId = 'hazard-1';
export const hazardReported: HazardReported = {
  type: 'HazardReported',
  data: {
    hazardId,
    kind: 'improvised-explosives',
    location: 'Basement',
    severity: 'severe',
    description: 'Home-made explosives in jerrycans',
    reportedOn: '2025-01-05',
    reportedBy: 'user-commander',
  },
};
