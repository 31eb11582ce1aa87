import { Decider, unreachable } from '@muster/event-sourcing';
import { SessionCommand } from './session.commands';
import { SessionEvent } from './session.events';
import { SessionState, initialSessionState } from './session.state';
import { enrolMember } from './decisions/enrol-member';
import { recordAttendance } from './decisions/record-attendance';
import { recordResult } from './decisions/record-result';
import { scheduleSession } from './decisions/schedule-session';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'SessionScheduled':
      return { ...state, scheduled: event.data };
    case 'MemberEnrolledInSession':
      return { ...state, enrolled: [...state.enrolled, event.data.memberId] };
    case 'SessionResultRecorded':
      return { ...state, resulted: [...state.resulted, event.data.memberId] };
    case 'SessionAttendanceRecorded':
    case 'InductionCompleted':
      return state;
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: SessionCommand, state: SessionState): SessionEvent[] {
  switch (command.type) {
    case 'ScheduleSession':
      return scheduleSession(command, state);
    case 'EnrolMember':
      return enrolMember(command, state);
    case 'RecordAttendance':
      return recordAttendance(command, state);
    case 'RecordResult':
      return recordResult(command, state);
    default:
      return unreachable(command);
  }
}

export const sessionDecider: Decider<SessionCommand, SessionState, SessionEvent> = {
  initialState: initialSessionState,
  evolve,
  decide,
};
