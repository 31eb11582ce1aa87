// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules of a course need to know of its past: plain JSON, folded from its events by evolve. */
export interface CourseState {
  /** null until the event that creates the course. */
  readonly courseId: string | null;
  readonly retired: boolean;
}

export const initialCourseState: CourseState = { courseId: null, retired: false };
