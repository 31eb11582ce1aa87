import { RecordedOf } from '@muster/event-sourcing';
import { recordedStream } from '@muster/event-sourcing/testing';
import { sessionCatalogue } from '../../domain/session.catalogue';
import { SessionEvent } from '../../domain/session.events';
import { MEMBER, SECOND, SESSION, enrolled, scheduled } from '../../domain/decisions/spec-support';
import { SessionView, evolveSessionView } from './session-view';

const recorded = (events: readonly SessionEvent[]): RecordedOf<SessionEvent>[] =>
  recordedStream(sessionCatalogue, SESSION, events, {
    actorId: 'training-1',
    actorRoles: ['training'],
    at: '2026-01-15T09:00:00.000Z',
  });
const viewAfter = (...events: SessionEvent[]): SessionView | null =>
  recorded(events).reduce<SessionView | null>(evolveSessionView, null);

describe('session register read model', () => {
  it('keeps each enrolment with its attendance by day (the later record of a day stands) and its result', () => {
    const attendance = (memberId: string, day: string, present: boolean): SessionEvent => ({
      type: 'SessionAttendanceRecorded',
      data: { sessionId: SESSION, memberId, day, present },
    });
    const view = viewAfter(
      scheduled,
      enrolled(MEMBER),
      enrolled(SECOND),
      attendance(MEMBER, '2026-02-01', false),
      attendance(MEMBER, '2026-02-01', true),
      attendance(MEMBER, '2026-02-02', true),
      {
        type: 'SessionResultRecorded',
        data: {
          sessionId: SESSION,
          memberId: MEMBER,
          courseId: scheduled.data.courseId,
          competency: 'defensive-driving',
          score: 40,
          passMark: 70,
          passed: false,
          resultOn: '2026-02-03',
          recordedBy: 'training-1',
          certification: null,
        },
      },
    );
    expect(view).toMatchObject({ sessionId: SESSION, capacity: 2, version: 7 });
    expect(view?.enrolments).toEqual([
      {
        memberId: MEMBER,
        enrolledOn: '2026-01-20',
        attendance: { '2026-02-01': true, '2026-02-02': true },
        result: { score: 40, passed: false, resultOn: '2026-02-03', certificationId: null },
      },
      { memberId: SECOND, enrolledOn: '2026-01-20', attendance: {}, result: null },
    ]);
  });

  it('keeps nothing of a stream without its scheduling', () => {
    expect(viewAfter(enrolled(MEMBER))).toBeNull();
  });
});
