import { addMonths, deterministicUuid, requireIsoDate } from '@muster/event-sourcing';
import { OWN_ISSUING_BODY, RecordResult } from '../session.commands';
import { SessionErrors as E } from '../session.errors';
import { InductionCompleted, ResultCertification, SessionResultRecorded, SessionScheduled } from '../session.events';
import { SessionState } from '../session.state';
import { enrolled, sessionFor } from './guards';

/** The last valid day of a certification from this session's course issued on `from`; null: it does not expire. */
function expiryFrom(session: SessionScheduled['data'], from: string): string | null {
  if (session.validityMonths === null) return null;
  const end = addMonths(from, session.validityMonths);
  return new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The certification a pass leads to: a renewal of the member's certification of this competency from the same
 * issuing body, or a new one whose number comes from the session and the member — the same on every retry.
 */
function certificationFor(session: SessionScheduled['data'], command: RecordResult): ResultCertification {
  const expiresOn = expiryFrom(session, command.resultOn);
  if (command.renews !== null) {
    return { kind: 'renew', certificationId: command.renews, renewedOn: command.resultOn, expiresOn };
  }
  const serial = deterministicUuid('session-result', session.sessionId, command.memberId).slice(0, 8).toUpperCase();
  const number = `${session.courseCode}-${command.resultOn.slice(0, 4)}-${serial}`;
  return {
    kind: 'award',
    certificationId: deterministicUuid('certification', OWN_ISSUING_BODY, number),
    number,
    issuingBody: OWN_ISSUING_BODY,
    issuedOn: command.resultOn,
    expiresOn,
  };
}

/**
 * RecordResult: an enrolled member's score, 0–100, once, on or after the session's first day; passed at or above the
 * course's pass mark. A pass leads to a certification; a pass of the induction completes the member's induction.
 */
export function recordResult(
  command: RecordResult,
  state: SessionState,
): (SessionResultRecorded | InductionCompleted)[] {
  const session = sessionFor(state, command.actor);
  if (!Number.isInteger(command.score) || command.score < 0 || command.score > 100) {
    throw E.scoreOutOfRange(command.score);
  }
  const memberId = enrolled(state, command.memberId);
  if (state.resulted.includes(memberId)) throw E.resultAlreadyRecorded();
  requireIsoDate(command.resultOn, 'resultOn');
  if (command.resultOn < session.startsOn) throw E.resultBeforeSession(command.resultOn, session.startsOn);
  const passed = command.score >= session.passMark;
  const recorded: SessionResultRecorded = {
    type: 'SessionResultRecorded',
    data: {
      sessionId: session.sessionId,
      memberId,
      courseId: session.courseId,
      competency: session.competency,
      score: command.score,
      passMark: session.passMark,
      passed,
      resultOn: command.resultOn,
      recordedBy: command.recordedBy,
      certification: passed ? certificationFor(session, command) : null,
    },
  };
  if (!passed || !session.isInduction) return [recorded];
  return [
    recorded,
    {
      type: 'InductionCompleted',
      data: { memberId, completedOn: command.resultOn, sessionId: session.sessionId },
    },
  ];
}
