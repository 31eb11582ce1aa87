import { MEMBER, OTHER_CENTRE, SECOND, commanderOf, enrol, enrolled, scheduled, spec } from './spec-support';

const THIRD = '8e2f5c74-0000-4000-8000-000000000008';

describe('EnrolMember', () => {
  it('enrols a member in good standing who holds the prerequisites', () => {
    spec
      .given([scheduled])
      .when(enrol(MEMBER))
      .then([enrolled(MEMBER)]);
    spec
      .given([scheduled])
      .when({ ...enrol(MEMBER), member: { status: 'probation' } })
      .then([enrolled(MEMBER)]);
  });
  it('keeps the capacity: SESSION_FULL', () => {
    spec
      .given([scheduled, enrolled(MEMBER), enrolled(SECOND)])
      .when(enrol(THIRD))
      .thenThrows('SESSION_FULL');
  });
  it('refuses a member enrolled already, not known, killed, departed or suspended', () => {
    spec
      .given([scheduled, enrolled(MEMBER)])
      .when(enrol(MEMBER))
      .thenThrows('MEMBER_ALREADY_ENROLLED');
    spec
      .given([scheduled])
      .when({ ...enrol(MEMBER), member: null })
      .thenThrows('MEMBER_NOT_KNOWN');
    for (const status of ['killed', 'departed', 'suspended'])
      spec
        .given([scheduled])
        .when({ ...enrol(MEMBER), member: { status } })
        .thenThrows('MEMBER_NOT_ELIGIBLE');
  });
  it('refuses a member without a valid certification in each prerequisite’s competency', () => {
    spec
      .given([scheduled])
      .when({ ...enrol(MEMBER), validCompetencies: ['first-aid'] })
      .thenThrows('PREREQUISITE_MISSING');
  });
  it('refuses a retired course, an unknown session, a commander of another centre', () => {
    spec
      .given([scheduled])
      .when({ ...enrol(MEMBER), courseRetired: true })
      .thenThrows('COURSE_RETIRED');
    spec.given([]).when(enrol(MEMBER)).thenThrows('SESSION_NOT_FOUND');
    spec
      .given([scheduled])
      .when({ ...enrol(MEMBER), actor: commanderOf(OTHER_CENTRE) })
      .thenThrows('SESSION_OUT_OF_SCOPE');
  });
});
