import { RecordAttendance } from '../session.commands';
import { MEMBER, SECOND, SESSION, enrolled, everyCentre, scheduled, spec } from './spec-support';

const attendance: RecordAttendance = {
  type: 'RecordAttendance',
  memberId: MEMBER,
  day: '2026-02-02',
  present: true,
  actor: everyCentre,
};

describe('RecordAttendance', () => {
  it('records an enrolled member present or absent on a day of the session', () => {
    spec
      .given([scheduled, enrolled(MEMBER)])
      .when(attendance)
      .then([
        {
          type: 'SessionAttendanceRecorded',
          data: { sessionId: SESSION, memberId: MEMBER, day: '2026-02-02', present: true },
        },
      ]);
  });
  it('refuses a member not enrolled and a day outside the session', () => {
    spec
      .given([scheduled, enrolled(MEMBER)])
      .when({ ...attendance, memberId: SECOND })
      .thenThrows('NOT_ENROLLED');
    for (const day of ['2026-01-31', '2026-02-04'])
      spec
        .given([scheduled, enrolled(MEMBER)])
        .when({ ...attendance, day })
        .thenThrows('ATTENDANCE_DAY_OUTSIDE_SESSION');
  });
});
