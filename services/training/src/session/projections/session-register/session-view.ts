import { RecordedOf, unreachable } from '@muster/event-sourcing';
import { SessionEvent, SessionScheduled } from '../../domain/session.events';

export interface Enrolment {
  readonly memberId: string;
  readonly enrolledOn: string;
  /** Present (true) or absent (false), by day. */
  readonly attendance: Readonly<Record<string, boolean>>;
  readonly result: {
    readonly score: number;
    readonly passed: boolean;
    readonly resultOn: string;
    readonly certificationId: string | null;
  } | null;
}

/**
 * A session as the register shows it: its course and terms, centre, instructors, days, capacity, and each enrolment
 * with its attendance and result. Folded from its events by `evolveSessionView`, kept as a row of
 * `training_sessions`.
 */
export type SessionView = SessionScheduled['data'] & {
  readonly version: number;
  readonly enrolments: readonly Enrolment[];
};

const withEnrolment = (view: SessionView, memberId: string, change: (e: Enrolment) => Enrolment): SessionView => ({
  ...view,
  enrolments: view.enrolments.map((e) => (e.memberId === memberId ? change(e) : e)),
});

/** What one event changes in the view; null until the session is scheduled. */
export function evolveSessionView(view: SessionView | null, event: RecordedOf<SessionEvent>): SessionView | null {
  if (event.type === 'SessionScheduled') return { ...event.data, version: event.streamVersion, enrolments: [] };
  // Nothing precedes the scheduling in a stream: an event without one is not this read model's.
  if (view === null) return null;
  const next = { ...view, version: event.streamVersion };
  switch (event.type) {
    case 'MemberEnrolledInSession': {
      const { memberId, enrolledOn } = event.data;
      return { ...next, enrolments: [...view.enrolments, { memberId, enrolledOn, attendance: {}, result: null }] };
    }
    case 'SessionAttendanceRecorded': {
      const { memberId, day, present } = event.data;
      return withEnrolment(next, memberId, (e) => ({ ...e, attendance: { ...e.attendance, [day]: present } }));
    }
    case 'SessionResultRecorded': {
      const { memberId, score, passed, resultOn, certification } = event.data;
      const certificationId = certification?.certificationId ?? null;
      return withEnrolment(next, memberId, (e) => ({ ...e, result: { score, passed, resultOn, certificationId } }));
    }
    case 'InductionCompleted':
      return next;
    default:
      return unreachable(event);
  }
}
