import { RequireAssessment } from '../recognition-case.commands';
import { RecognitionCaseErrors as E } from '../recognition-case.errors';
import { RecognitionAssessmentRequired } from '../recognition-case.events';
import { RecognitionCaseState } from '../recognition-case.state';
import { courseToDecide, dayInCase, openCase, required } from './guards';

/**
 * RequireAssessment: before any certification in the course the person must pass an assessment or a refresher (the
 * certification then comes from that session), with why; once per competency, never for one already granted.
 */
export function requireAssessment(
  command: RequireAssessment,
  state: RecognitionCaseState,
): RecognitionAssessmentRequired[] {
  const opened = openCase(state);
  if (command.course !== null && state.assessed.includes(command.course.competency)) {
    throw E.alreadyRequired(command.course.competency);
  }
  const course = courseToDecide(state, command.course);
  return [
    {
      type: 'RecognitionAssessmentRequired',
      data: {
        courseId: course.courseId,
        courseCode: course.code,
        competency: course.competency,
        requirement: command.requirement,
        notes: required(command.notes, 'what the assessment must show'),
        decidedOn: dayInCase(opened, 'decidedOn', command.decidedOn),
      },
    },
  ];
}
