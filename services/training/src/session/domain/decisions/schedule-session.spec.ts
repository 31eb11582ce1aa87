import { CENTRE, OTHER_CENTRE, commanderOf, course, schedule, scheduled, spec } from './spec-support';

describe('ScheduleSession', () => {
  it('records the session with the course’s terms as they stand', () => {
    spec.given([]).when(schedule).then([scheduled]);
    spec
      .given([])
      .when({ ...schedule, actor: commanderOf(CENTRE) })
      .then([scheduled]);
  });
  it('refuses a second time, an unknown course, a retired course', () => {
    spec.given([scheduled]).when(schedule).thenThrows('SESSION_ALREADY_SCHEDULED');
    spec
      .given([])
      .when({ ...schedule, course: null })
      .thenThrows('COURSE_NOT_FOUND');
    spec
      .given([])
      .when({ ...schedule, course: { ...course, retired: true } })
      .thenThrows('COURSE_RETIRED');
  });
  it('refuses a commander at another centre', () => {
    spec
      .given([])
      .when({ ...schedule, actor: commanderOf(OTHER_CENTRE) })
      .thenThrows('SESSION_OUT_OF_SCOPE');
  });
  it('refuses an end before the start, a capacity outside 1–500, no instructor', () => {
    spec
      .given([])
      .when({ ...schedule, endsOn: '2026-01-31' })
      .thenThrows('SESSION_INVALID_DATES');
    for (const capacity of [0, 501, 1.5])
      spec
        .given([])
        .when({ ...schedule, capacity })
        .thenThrows('SESSION_INVALID_CAPACITY');
    spec
      .given([])
      .when({ ...schedule, instructorIds: [] })
      .thenThrows('SESSION_INSTRUCTOR_REQUIRED');
  });
});
