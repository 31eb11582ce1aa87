import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personnelCatalogues } from './event-catalogue';

/**
 * The stored event types, pinned: a stored type string is permanent and a changed payload gets a new schema version
 * with an upcaster. A rename, a removal or a version bump fails here until this list is edited on purpose.
 */
const PINNED: readonly (readonly [streamType: string, type: string, schemaVersion: number])[] = [
  ['member', 'MemberApplied', 1],
  ['member', 'MemberVetted', 1],
  ['member', 'MemberOnboarded', 1],
  ['member', 'MemberTransferred', 1],
  ['member', 'MemberRolesChanged', 1],
  ['member', 'MemberSuspended', 1],
  ['member', 'MemberReinstated', 1],
  ['member', 'MemberWentOnLeave', 1],
  ['member', 'MemberReturnedFromLeave', 1],
  ['member', 'MemberInjured', 1],
  ['member', 'MemberKilledInLineOfDuty', 1],
  ['member', 'MemberDeparted', 1],
  ['member', 'MemberProbationConfirmed', 1],
  ['member', 'MemberProbationExtended', 1],
  ['member', 'MemberProbationEnded', 1],
  ['member', 'MemberIdentityUpdated', 1],
  ['member', 'MemberIdentityErased', 1],
  ['member', 'MemberRecordCorrected', 1],
  ['crewintake', 'CrewIntakeOpened', 1],
  ['crewintake', 'IntakePersonAdded', 1],
  ['crewintake', 'IntakePersonVetted', 1],
  ['crewintake', 'IntakePersonRolesMapped', 1],
  ['crewintake', 'CrewIntakeCompleted', 1],
  ['crewintake', 'CrewIntakeCancelled', 1],
  ['identityaccess', 'MemberIdentityRead', 1],
  ['identityexport', 'IdentityExportApproved', 1],
  ['identityexport', 'IdentityExportDownloaded', 1],
  ['identityexport', 'IdentityExportRefused', 1],
  ['identityexport', 'IdentityExportRequested', 1],
  ['namesearch', 'MemberNamesSearched', 1],
  ['rosterexport', 'RosterExported', 1],
];

const catalogued = personnelCatalogues.flatMap((catalogue) =>
  Object.entries(catalogue.schemaVersions).map(([type, version]) => [catalogue.streamType, type, version] as const),
);

describe('personnel event catalogue', () => {
  it('holds exactly the pinned stream types, event types and schema versions', () => {
    const sorted = (entries: readonly (readonly [string, string, number])[]) =>
      [...entries].sort(([s1, t1], [s2, t2]) => s1.localeCompare(s2) || t1.localeCompare(t2));
    expect(sorted(catalogued)).toEqual(sorted(PINNED));
  });

  it('has no type string in two stream types (the store upcasts by type alone)', () => {
    const types = catalogued.map(([, type]) => type);
    expect(types.filter((type, i) => types.indexOf(type) !== i)).toEqual([]);
  });

  it('documents every type in docs/events.md', () => {
    const documented = readFileSync(join(__dirname, '../../../docs/events.md'), 'utf8');
    expect(catalogued.map(([, type]) => type).filter((type) => !documented.includes(`\`${type}\``))).toEqual([]);
  });
});
