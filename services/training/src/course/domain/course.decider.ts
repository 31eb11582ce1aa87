import { Decider, unreachable } from '@muster/event-sourcing';
import { CourseCommand } from './course.commands';
import { CourseEvent } from './course.events';
import { CourseState, initialCourseState } from './course.state';
import { addCourse } from './decisions/add-course';
import { retireCourse } from './decisions/retire-course';
import { reviseCourse } from './decisions/revise-course';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: CourseState, event: CourseEvent): CourseState {
  switch (event.type) {
    case 'CourseAdded':
      return { ...state, courseId: event.data.courseId };
    case 'CourseRevised':
      return state;
    case 'CourseRetired':
      return { ...state, retired: true };
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: CourseCommand, state: CourseState): CourseEvent[] {
  switch (command.type) {
    case 'AddCourse':
      return addCourse(command, state);
    case 'ReviseCourse':
      return reviseCourse(command, state);
    case 'RetireCourse':
      return retireCourse(command, state);
    default:
      return unreachable(command);
  }
}

export const courseDecider: Decider<CourseCommand, CourseState, CourseEvent> = {
  initialState: initialCourseState,
  evolve,
  decide,
};
