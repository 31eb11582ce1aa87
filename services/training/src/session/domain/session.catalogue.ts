import { defineEventCatalogue } from '@muster/event-sourcing';
import { SessionEvent } from './session.events';

/** A session's stream: every event type it holds and the schema version it is written with. */
export const sessionCatalogue = defineEventCatalogue<SessionEvent>({
  streamType: 'session',
  schemaVersions: {
    SessionScheduled: 1,
    MemberEnrolledInSession: 1,
    SessionAttendanceRecorded: 1,
    SessionResultRecorded: 1,
    InductionCompleted: 1,
  },
  upcasters: [],
});
