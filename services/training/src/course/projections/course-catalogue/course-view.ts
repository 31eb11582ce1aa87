import { ApiProperty } from '@nestjs/swagger';
import { RecordedOf, unreachable } from '@muster/event-sourcing';
import { CourseTerms, courseTermsOf } from '../../domain/course.commands';
import { CourseEvent } from '../../domain/course.events';

/** A course's terms as the catalogue shows them (the domain's CourseTerms, documented). */
export class CourseTermsView implements CourseTerms {
  @ApiProperty() nameAr!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ example: 'first-aid' }) competency!: string;
  @ApiProperty({ description: 'its length in teaching hours' }) hours!: number;
  @ApiProperty({ description: 'the lowest passing score, 0–100' }) passMark!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: a certification from it does not expire' })
  validityMonths!: number | null;
  @ApiProperty({ type: [String], format: 'uuid', description: 'courses whose competency a member must hold to enrol' })
  prerequisites!: string[];
  @ApiProperty({ description: 'the induction every new member takes' }) isInduction!: boolean;
}

export class CourseRetirement {
  @ApiProperty({ type: String, format: 'date' }) readonly on!: string;
  @ApiProperty() readonly reason!: string;
}

/** An earlier version of a course's terms, with the day it was replaced and why. */
export class CourseEarlierVersion extends CourseTermsView {
  @ApiProperty({ type: String, format: 'date' }) readonly replacedOn!: string;
  @ApiProperty() readonly reason!: string;
}

/**
 * A course as the catalogue shows it: its current terms, when they took effect, whether it is retired, and every
 * earlier version. Folded from its events by `evolveCourseView` (never the decider's state), kept as a row of
 * `training_courses`, and folded from the stream for a past date.
 */
export class CourseView extends CourseTermsView {
  @ApiProperty({ format: 'uuid' }) readonly courseId!: string;
  /** The stream's version: every event of the stream moves it. */
  @ApiProperty({ type: 'integer', description: 'its stream version' }) readonly version!: number;
  @ApiProperty() readonly code!: string;
  /** The day the current terms took effect; null for the terms it was added with. */
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null for the terms it was added with' })
  readonly revisedOn!: string | null;
  @ApiProperty({ type: CourseRetirement, nullable: true }) readonly retired!: CourseRetirement | null;
  /** The earlier versions of its terms, oldest first, each with the day it was replaced and why. */
  @ApiProperty({ type: [CourseEarlierVersion], description: 'oldest first' })
  readonly history!: readonly CourseEarlierVersion[];
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
