import { addition as command, courseAdded, spec } from './spec-support';

describe('AddCourse', () => {
  it('records CourseAdded with its terms, names trimmed', () => {
    spec.given([]).when(command).then([courseAdded]);
  });
  it('keeps a course without expiry or prerequisites: the induction', () => {
    spec
      .given([])
      .when({ ...command, validityMonths: null, prerequisites: [], isInduction: true })
      .then([
        { ...courseAdded, data: { ...courseAdded.data, validityMonths: null, prerequisites: [], isInduction: true } },
      ]);
  });
  it('refuses a second time', () => {
    spec.given([courseAdded]).when(command).thenThrows('COURSE_ALREADY_ADDED');
  });
  it('refuses a code another course holds', () => {
    spec
      .given([])
      .when({ ...command, catalogue: { ...command.catalogue, codeTaken: true } })
      .thenThrows('COURSE_CODE_TAKEN');
  });
  it('refuses blank names and a length that is not a whole number of hours from 1 to 1000', () => {
    spec
      .given([])
      .when({ ...command, nameAr: ' ' })
      .thenThrows('COURSE_DETAILS_REQUIRED');
    for (const hours of [0, 2.5, 1001])
      spec
        .given([])
        .when({ ...command, hours })
        .thenThrows('COURSE_INVALID_HOURS');
  });
  it('refuses a competency that is not kebab-case', () => {
    for (const competency of ['First Aid', 'first_aid', '-driving', ''])
      spec
        .given([])
        .when({ ...command, competency })
        .thenThrows('COURSE_INVALID_COMPETENCY');
  });
  it('refuses a pass mark outside 0–100 and a validity outside 1–120 months', () => {
    for (const passMark of [-1, 101, 50.5])
      spec
        .given([])
        .when({ ...command, passMark })
        .thenThrows('COURSE_INVALID_PASS_MARK');
    for (const validityMonths of [0, 121, 1.5])
      spec
        .given([])
        .when({ ...command, validityMonths })
        .thenThrows('COURSE_INVALID_VALIDITY');
  });
  it('refuses itself and unknown courses as prerequisites', () => {
    spec
      .given([])
      .when({ ...command, prerequisites: [command.courseId] })
      .thenThrows('COURSE_OWN_PREREQUISITE');
    spec
      .given([])
      .when({ ...command, catalogue: { codeTaken: false, recordedPrerequisites: [] } })
      .thenThrows('COURSE_PREREQUISITE_UNKNOWN');
  });
});
