import { requireIsoDate } from '@muster/event-sourcing';
import { CourseErrors } from '../../../course/domain/course.errors';
import { MAX_CAPACITY, ScheduleSession } from '../session.commands';
import { SessionErrors as E } from '../session.errors';
import { SessionScheduled } from '../session.events';
import { SessionState } from '../session.state';

/**
 * ScheduleSession: a session of a course of the catalogue (not a retired one) at a centre — a commander's own — with
 * instructors, its days and a capacity. The course's terms are taken as they stand on the day it is scheduled.
 */
export function scheduleSession(command: ScheduleSession, state: SessionState): SessionScheduled[] {
  if (state.scheduled !== null) throw E.alreadyScheduled();
  const { course, actor } = command;
  if (actor.centreIds !== null && !actor.centreIds.includes(command.centreId)) throw E.outOfScope();
  if (course === null) throw CourseErrors.notFound();
  if (course.retired) throw CourseErrors.retired();
  requireIsoDate(command.startsOn, 'startsOn');
  requireIsoDate(command.endsOn, 'endsOn');
  if (command.endsOn < command.startsOn) throw E.invalidDates(command.startsOn, command.endsOn);
  if (!Number.isInteger(command.capacity) || command.capacity < 1 || command.capacity > MAX_CAPACITY) {
    throw E.invalidCapacity(command.capacity);
  }
  const instructorIds = [...new Set(command.instructorIds)];
  if (instructorIds.length === 0) throw E.instructorRequired();
  return [
    {
      type: 'SessionScheduled',
      data: {
        sessionId: command.sessionId,
        courseId: course.courseId,
        courseCode: course.code,
        competency: course.competency,
        passMark: course.passMark,
        validityMonths: course.validityMonths,
        isInduction: course.isInduction,
        prerequisiteCompetencies: course.prerequisiteCompetencies,
        centreId: command.centreId,
        instructorIds,
        startsOn: command.startsOn,
        endsOn: command.endsOn,
        capacity: command.capacity,
      },
    },
  ];
}
