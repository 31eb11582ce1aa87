import { requireIsoDate } from '@muster/event-sourcing';
import { CourseErrors } from '../../../course/domain/course.errors';
import { EnrolMember } from '../session.commands';
import { SessionErrors as E } from '../session.errors';
import { MemberEnrolledInSession } from '../session.events';
import { SessionState } from '../session.state';
import { sessionFor } from './guards';

/** Members who cannot be enrolled: they are gone, or barred for now. */
const NOT_ELIGIBLE = ['killed', 'departed', 'suspended'];

/**
 * EnrolMember: a member training knows of, who is not killed, departed or suspended, holding a valid certification
 * in each prerequisite's competency, in a session of a course still offered, once, while there is room.
 */
export function enrolMember(command: EnrolMember, state: SessionState): MemberEnrolledInSession[] {
  const session = sessionFor(state, command.actor);
  requireIsoDate(command.enrolledOn, 'enrolledOn');
  if (command.courseRetired) throw CourseErrors.retired();
  if (command.member === null) throw E.memberNotKnown();
  if (NOT_ELIGIBLE.includes(command.member.status)) throw E.memberNotEligible(command.member.status);
  if (state.enrolled.includes(command.memberId)) throw E.alreadyEnrolled();
  if (state.enrolled.length >= session.capacity) throw E.full(session.capacity);
  const missing = session.prerequisiteCompetencies.filter((c) => !command.validCompetencies.includes(c));
  if (missing.length > 0) throw E.prerequisiteMissing(missing);
  return [
    {
      type: 'MemberEnrolledInSession',
      data: { sessionId: session.sessionId, memberId: command.memberId, enrolledOn: command.enrolledOn },
    },
  ];
}
