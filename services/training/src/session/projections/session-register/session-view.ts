import { ApiProperty } from '@nestjs/swagger';
import { RecordedOf, unreachable } from '@muster/event-sourcing';
import { SessionEvent, SessionScheduled } from '../../domain/session.events';

export class EnrolmentResult {
  @ApiProperty() readonly score!: number;
  @ApiProperty() readonly passed!: boolean;
  @ApiProperty({ type: String, format: 'date' }) readonly resultOn!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the certification a pass led to' })
  readonly certificationId!: string | null;
}

export class Enrolment {
  @ApiProperty({ format: 'uuid' }) readonly memberId!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly enrolledOn!: string;
  /** Present (true) or absent (false), by day. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'boolean' },
    description: 'present (true) or absent (false), by day (YYYY-MM-DD)',
  })
  readonly attendance!: Readonly<Record<string, boolean>>;
  @ApiProperty({ type: EnrolmentResult, nullable: true }) readonly result!: EnrolmentResult | null;
}

/**
 * A session as the register shows it: its course and terms, centre, instructors, days, capacity, and each enrolment
 * with its attendance and result. Folded from its events by `evolveSessionView`, kept as a row of
 * `training_sessions`.
 */
export class SessionView implements Readonly<SessionScheduled['data']> {
  @ApiProperty({ format: 'uuid' }) readonly sessionId!: string;
  @ApiProperty({ type: 'integer', description: 'its stream version (also the ETag)' }) readonly version!: number;
  @ApiProperty({ format: 'uuid' }) readonly courseId!: string;
  /** The course's terms when it was scheduled: a later revision does not change a running session. */
  @ApiProperty({ description: 'the course’s code when the session was scheduled' }) readonly courseCode!: string;
  @ApiProperty() readonly competency!: string;
  @ApiProperty() readonly passMark!: number;
  @ApiProperty({ type: 'integer', nullable: true }) readonly validityMonths!: number | null;
  @ApiProperty() readonly isInduction!: boolean;
  @ApiProperty({ type: [String] }) readonly prerequisiteCompetencies!: string[];
  @ApiProperty({ format: 'uuid' }) readonly centreId!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) readonly instructorIds!: string[];
  @ApiProperty({ type: String, format: 'date' }) readonly startsOn!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly endsOn!: string;
  @ApiProperty({ type: 'integer' }) readonly capacity!: number;
  @ApiProperty({ type: [Enrolment] }) readonly enrolments!: readonly Enrolment[];
}

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
