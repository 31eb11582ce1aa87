import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainingService } from './app.module';

/**
 * The stored event types, pinned: a stored type string is permanent and a changed payload gets a new schema version
 * with an upcaster. A rename, a removal or a version bump fails here until this list is edited on purpose.
 */
const PINNED: readonly (readonly [streamType: string, type: string, schemaVersion: number])[] = [
  ['course', 'CourseAdded', 1],
  ['course', 'CourseRevised', 1],
  ['course', 'CourseRetired', 1],
  ['certification', 'CertificationAwarded', 1],
  ['certification', 'CertificationRenewed', 1],
  ['certification', 'CertificationSuspended', 1],
  ['certification', 'CertificationReinstated', 1],
  ['certification', 'CertificationRevoked', 1],
  ['certification', 'CertificationExpired', 1],
  ['session', 'SessionScheduled', 1],
  ['session', 'MemberEnrolledInSession', 1],
  ['session', 'SessionAttendanceRecorded', 1],
  ['session', 'SessionResultRecorded', 1],
  ['session', 'InductionCompleted', 1],
  ['rolerequirement', 'RoleRequirementsSet', 1],
  ['recognitioncase', 'RecognitionCaseOpened', 1],
  ['recognitioncase', 'RecognitionEvidenceRecorded', 1],
  ['recognitioncase', 'RecognitionGranted', 1],
  ['recognitioncase', 'RecognitionAssessmentRequired', 1],
  ['recognitioncase', 'RecognitionCaseClosed', 1],
];

const catalogued = (trainingService.catalogues ?? []).flatMap((catalogue) =>
  Object.entries(catalogue.schemaVersions).map(([type, version]) => [catalogue.streamType, type, version] as const),
);

describe('training event catalogue', () => {
  it('holds exactly the pinned stream types, event types and schema versions', () => {
    expect([...catalogued].sort()).toEqual([...PINNED].sort());
  });

  it('documents every type in docs/events.md', () => {
    const documented = readFileSync(join(__dirname, '../../../docs/events.md'), 'utf8');
    expect(catalogued.map(([, type]) => type).filter((type) => !documented.includes(`\`${type}\``))).toEqual([]);
  });
});
