import { RecordedOf } from '@muster/event-sourcing';
import { recordedStream } from '@muster/event-sourcing/testing';
import { centreCatalogue } from '../../domain/centre.catalogue';
import { CentreEvent } from '../../domain/centre.events';
import { hazardReported, outpost, registered, saraqib, statusChanged } from '../../domain/decisions/spec-support';
import { evolveProfile, newProfile } from './centre-profile.projection';

const centreId = '6f1c1b2e-0000-4000-8000-000000000001';

const recorded = (events: readonly CentreEvent[]): RecordedOf<CentreEvent>[] =>
  recordedStream(centreCatalogue, centreId, events, {
    actorId: 'admin-1',
    actorRoles: ['admin'],
    at: '2024-12-30T10:00:00.000Z',
  });

const profileAfter = (events: readonly CentreEvent[]) => recorded(events).reduce(evolveProfile, newProfile(centreId));

describe('centre profile read model', () => {
  it('starts from the registration: identity, details, first site, status since the day it was recorded', () => {
    expect(profileAfter(registered)).toEqual({
      centreId,
      version: 3,
      code: 'IDL-03',
      nameAr: 'مركز سراقب',
      nameEn: 'Saraqib Centre',
      governorate: 'Idlib',
      centreType: 'mixed',
      capacity: { people: 40, vehicleBays: 6 },
      powerSupply: 'generator',
      commander: null,
      site: saraqib,
      siteHistory: [{ site: saraqib, from: '2024-12-30', until: null, reason: null }],
      status: 'operational',
      statusSince: '2024-12-30',
      statusHistory: [{ status: 'operational', since: '2024-12-30', change: { kind: 'registered' } }],
      openHazards: [],
      clearedHazards: [],
    });
  });

  it('closes the old site at a move and keeps every status with its cause', () => {
    const profile = profileAfter([
      ...registered,
      { type: 'CentreRelocated', data: { from: saraqib, to: outpost, relocatedOn: '2025-01-02', reason: 'Moved' } },
      statusChanged('operational', 'closed', '2025-02-01', {
        kind: 'closed',
        reason: 'Unsafe',
        estimatedReopeningOn: null,
      }),
    ]);
    expect(profile).toMatchObject({ version: 5, site: outpost, status: 'closed', statusSince: '2025-02-01' });
    expect(profile.siteHistory).toEqual([
      { site: saraqib, from: '2024-12-30', until: '2025-01-02', reason: null },
      { site: outpost, from: '2025-01-02', until: null, reason: 'Moved' },
    ]);
    expect(profile.statusHistory.at(-1)).toEqual({
      status: 'closed',
      since: '2025-02-01',
      change: { kind: 'closed', reason: 'Unsafe', estimatedReopeningOn: null },
    });
  });

  it('follows a hazard from reported to cordoned (open) to cleared', () => {
    const { hazardId } = hazardReported.data;
    const cordoned: CentreEvent = {
      type: 'HazardCordoned',
      data: { hazardId, cordonedOn: '2025-01-05', note: 'Sealed', cordonedBy: 'u-1' },
    };
    const open = profileAfter([...registered, hazardReported, cordoned]);
    expect(open.openHazards).toEqual([
      {
        ...hazardReported.data,
        cordon: { cordonedOn: '2025-01-05', note: 'Sealed', cordonedBy: 'u-1' },
        clearance: null,
      },
    ]);
    const cleared = profileAfter([
      ...registered,
      hazardReported,
      cordoned,
      {
        type: 'HazardCleared',
        data: { hazardId, clearedOn: '2025-01-09', clearedBy: 'EOD', method: 'Removed', recordedBy: 'u-2' },
      },
    ]);
    expect(cleared.openHazards).toEqual([]);
    expect(cleared.clearedHazards).toEqual([
      {
        ...open.openHazards[0],
        clearance: { clearedOn: '2025-01-09', clearedBy: 'EOD', method: 'Removed', recordedBy: 'u-2' },
      },
    ]);
  });
});
