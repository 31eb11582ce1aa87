import { requireIsoDate } from '@muster/event-sourcing';
import { CourseOnRecord } from '../recognition-case.commands';
import { RecognitionCaseErrors as E } from '../recognition-case.errors';
import { RecognitionCaseState } from '../recognition-case.state';

type Opened = NonNullable<RecognitionCaseState['opened']>;

/** The open case, refusing one never opened or already closed. */
export function openCase(state: RecognitionCaseState): Opened {
  if (state.opened === null) throw E.notFound();
  if (state.closed) throw E.closed();
  return state.opened;
}

/** A real date, not before the case opened. */
export function dayInCase(opened: Opened, field: string, day: string): string {
  requireIsoDate(day, field);
  if (day < opened.openedOn) throw E.dateBeforeOpening(field, opened.openedOn);
  return day;
}

export function required(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw E.detailsRequired(field);
  return trimmed;
}

/**
 * The course a decision is about: a current course of the catalogue, not the induction (every new member takes it),
 * whose competency is neither granted nor waiting for an assessment in this case.
 */
export function courseToDecide(state: RecognitionCaseState, course: CourseOnRecord): NonNullable<CourseOnRecord> {
  if (course === null) throw E.courseUnknown();
  if (course.retired) throw E.courseRetired();
  if (course.isInduction) throw E.inductionNotRecognised();
  if (state.granted.includes(course.competency)) throw E.alreadyGranted(course.competency);
  if (state.assessed.includes(course.competency)) throw E.assessmentPending(course.competency);
  return course;
}
