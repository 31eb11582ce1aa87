import { Decider, unreachable } from '@muster/event-sourcing';
import { RecognitionCaseCommand } from './recognition-case.commands';
import { RecognitionCaseEvent } from './recognition-case.events';
import { initialRecognitionCaseState, RecognitionCaseState } from './recognition-case.state';
import { closeRecognitionCase } from './decisions/close-recognition-case';
import { grantRecognition } from './decisions/grant-recognition';
import { openRecognitionCase } from './decisions/open-recognition-case';
import { recordRecognitionEvidence } from './decisions/record-recognition-evidence';
import { requireAssessment } from './decisions/require-assessment';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: RecognitionCaseState, event: RecognitionCaseEvent): RecognitionCaseState {
  switch (event.type) {
    case 'RecognitionCaseOpened': {
      const { caseId, memberId, openedOn, priorService } = event.data;
      return { ...state, opened: { caseId, memberId, openedOn, priorService } };
    }
    case 'RecognitionEvidenceRecorded':
      return { ...state, evidence: state.evidence + 1 };
    case 'RecognitionGranted':
      return { ...state, granted: [...state.granted, event.data.competency] };
    case 'RecognitionAssessmentRequired':
      return { ...state, assessed: [...state.assessed, event.data.competency] };
    case 'RecognitionCaseClosed':
      return { ...state, closed: true };
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: RecognitionCaseCommand, state: RecognitionCaseState): RecognitionCaseEvent[] {
  switch (command.type) {
    case 'OpenRecognitionCase':
      return openRecognitionCase(command, state);
    case 'RecordRecognitionEvidence':
      return recordRecognitionEvidence(command, state);
    case 'GrantRecognition':
      return grantRecognition(command, state);
    case 'RequireAssessment':
      return requireAssessment(command, state);
    case 'CloseRecognitionCase':
      return closeRecognitionCase(command, state);
    default:
      return unreachable(command);
  }
}

export const recognitionCaseDecider: Decider<RecognitionCaseCommand, RecognitionCaseState, RecognitionCaseEvent> = {
  initialState: initialRecognitionCaseState,
  evolve,
  decide,
};
