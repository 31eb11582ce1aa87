import { dateOf, RecordedOf, unreachable } from '@muster/event-sourcing';
import { inlineProjection, SqlTransaction } from '@muster/event-store';
import { centreCatalogue } from '../../domain/centre.catalogue';
import { CentreEvent } from '../../domain/centre.events';
import { CentreProfile, HazardView, SiteHistoryEntry } from './centre-profile.view';

/** The profile before its first event: every event of the stream, in order, fills it in. */
export const newProfile = (centreId: string): CentreProfile => ({
  centreId,
  version: 0,
  code: '',
  nameAr: '',
  nameEn: '',
  governorate: '',
  centreType: null,
  capacity: null,
  powerSupply: null,
  commander: null,
  site: null,
  siteHistory: [],
  status: 'planned',
  statusSince: '',
  statusHistory: [],
  openHazards: [],
  clearedHazards: [],
});

function closeSite(history: readonly SiteHistoryEntry[], until: string): SiteHistoryEntry[] {
  return history.map((entry) => (entry.until === null ? { ...entry, until } : entry));
}

function withOpenHazard(profile: CentreProfile, hazardId: string, change: (h: HazardView) => HazardView) {
  return { ...profile, openHazards: profile.openHazards.map((h) => (h.hazardId === hazardId ? change(h) : h)) };
}

function applyEvent(profile: CentreProfile, event: RecordedOf<CentreEvent>): CentreProfile {
  switch (event.type) {
    case 'CentreRegistered': {
      // The register holds no other date for the registration: the day it was recorded stands for it.
      const registeredOn = dateOf(new Date(event.occurredAt));
      const { centreId: _centreId, status, ...identity } = event.data;
      return {
        ...profile,
        ...identity,
        status,
        statusSince: registeredOn,
        statusHistory: [{ status, since: registeredOn, change: { kind: 'registered' } }],
      };
    }
    case 'CentreDetailsRecorded':
      return { ...profile, ...event.data };
    case 'CentreSiteEstablished':
      return {
        ...profile,
        site: event.data.site,
        siteHistory: [{ site: event.data.site, from: profile.statusSince, until: null, reason: null }],
      };
    case 'CentreRelocated': {
      const { to, relocatedOn, reason } = event.data;
      return {
        ...profile,
        site: to,
        siteHistory: [
          ...closeSite(profile.siteHistory, relocatedOn),
          { site: to, from: relocatedOn, until: null, reason },
        ],
      };
    }
    case 'CentreCommanderAppointed':
      return { ...profile, commander: { memberId: event.data.memberId, appointedOn: event.data.appointedOn } };
    case 'CentreStatusChanged': {
      const { status, since, change } = event.data;
      return {
        ...profile,
        status,
        statusSince: since,
        statusHistory: [...profile.statusHistory, { status, since, change }],
      };
    }
    case 'HazardReported':
      return { ...profile, openHazards: [...profile.openHazards, { ...event.data, cordon: null, clearance: null }] };
    case 'HazardCordoned': {
      const { hazardId, ...cordon } = event.data;
      return withOpenHazard(profile, hazardId, (h) => ({ ...h, cordon }));
    }
    case 'HazardCleared': {
      const { hazardId, ...clearance } = event.data;
      const cleared = profile.openHazards.filter((h) => h.hazardId === hazardId).map((h) => ({ ...h, clearance }));
      return {
        ...profile,
        openHazards: profile.openHazards.filter((h) => h.hazardId !== hazardId),
        clearedHazards: [...profile.clearedHazards, ...cleared],
      };
    }
    default:
      return unreachable(event);
  }
}

/** The profile after one more event of the centre's stream: the read model's fold, and `?asOf=`'s. */
export function evolveProfile(profile: CentreProfile, event: RecordedOf<CentreEvent>): CentreProfile {
  return { ...applyEvent(profile, event), version: event.streamVersion };
}

/**
 * Keeps `centre_profiles` in the append transaction, event by event. Idempotent: an event at or below the stored
 * version changes nothing.
 */
export const centreProfileProjection = inlineProjection({
  name: 'centre-profiles',
  catalogue: centreCatalogue,
  async apply(event, tx: SqlTransaction) {
    const centreId = centreCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ profile: CentreProfile }>(
      `SELECT profile FROM centre_profiles WHERE centre_id = $1 FOR UPDATE`,
      [centreId],
    );
    if (row && row.profile.version >= event.streamVersion) return;
    const p = evolveProfile(row?.profile ?? newProfile(centreId), event);
    await tx.query(
      `INSERT INTO centre_profiles (centre_id, version, code, governorate, status, centre_type, profile)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (centre_id) DO UPDATE SET version = EXCLUDED.version, code = EXCLUDED.code,
         governorate = EXCLUDED.governorate, status = EXCLUDED.status, centre_type = EXCLUDED.centre_type,
         profile = EXCLUDED.profile`,
      // jsonb as JSON text: the driver would send an object's arrays as PostgreSQL arrays.
      [centreId, p.version, p.code, p.governorate, p.status, p.centreType, JSON.stringify(p)],
    );
  },
});
