import { requireIsoDate } from '@muster/event-sourcing';
import { RecordAttendance } from '../session.commands';
import { SessionErrors as E } from '../session.errors';
import { SessionAttendanceRecorded } from '../session.events';
import { SessionState } from '../session.state';
import { enrolled, sessionFor } from './guards';

/** RecordAttendance: an enrolled member present or absent on one of the session's days (a correction re-records). */
export function recordAttendance(command: RecordAttendance, state: SessionState): SessionAttendanceRecorded[] {
  const session = sessionFor(state, command.actor);
  const memberId = enrolled(state, command.memberId);
  requireIsoDate(command.day, 'day');
  if (command.day < session.startsOn || command.day > session.endsOn) {
    throw E.dayOutsideSession(command.day, session.startsOn, session.endsOn);
  }
  return [
    {
      type: 'SessionAttendanceRecorded',
      data: { sessionId: session.sessionId, memberId, day: command.day, present: command.present },
    },
  ];
}
