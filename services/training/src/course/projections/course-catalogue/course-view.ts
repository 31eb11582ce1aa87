import { RecordedOf, unreachable } from '@muster/event-sourcing';
import { CourseTerms, courseTermsOf } from '../../domain/course.commands';
import { CourseEvent } from '../../domain/course.events';

/**
 * A course as the catalogue shows it: its current terms, when they took effect, whether it is retired, and every
 * earlier version. Folded from its events by `evolveCourseView` (never the decider's state), kept as a row of
 * `training_courses`, and folded from the stream for a past date.
 */
export interface CourseView extends CourseTerms {
  readonly courseId: string;
  /** The stream's version: every event of the stream moves it. */
  readonly version: number;
  readonly code: string;
  /** The day the current terms took effect; null for the terms it was added with. */
  readonly revisedOn: string | null;
  readonly retired: { readonly on: string; readonly reason: string } | null;
  /** The earlier versions of its terms, oldest first, each with the day it was replaced and why. */
  readonly history: readonly (CourseTerms & { readonly replacedOn: string; readonly reason: string })[];
}

/** What one event changes in the view; null until the course is added. */
export function evolveCourseView(view: CourseView | null, event: RecordedOf<CourseEvent>): CourseView | null {
  const version = event.streamVersion;
  if (event.type === 'CourseAdded') {
    return { ...event.data, version, revisedOn: null, retired: null, history: [] };
  }
  // Nothing precedes an addition in a stream: an event without one is not this read model's.
  if (view === null) return null;
  switch (event.type) {
    case 'CourseRevised': {
      const { revisedOn, reason } = event.data;
      return {
        ...view,
        ...courseTermsOf(event.data),
        version,
        revisedOn,
        history: [...view.history, { ...courseTermsOf(view), replacedOn: revisedOn, reason }],
      };
    }
    case 'CourseRetired':
      return { ...view, version, retired: { on: event.data.retiredOn, reason: event.data.reason } };
    default:
      return unreachable(event);
  }
}
