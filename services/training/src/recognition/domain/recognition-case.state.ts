import { PriorService } from './recognition-case.events';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules of a case need of its past: plain JSON, folded from its events by evolve. */
export interface RecognitionCaseState {
  /** null until the case is opened. */
  readonly opened: {
    readonly caseId: string;
    readonly memberId: string;
    readonly openedOn: string;
    readonly priorService: readonly PriorService[];
  } | null;
  readonly evidence: number;
  /** Competencies granted, and those waiting for an assessment or a refresher. */
  readonly granted: readonly string[];
  readonly assessed: readonly string[];
  readonly closed: boolean;
}

export const initialRecognitionCaseState: RecognitionCaseState = {
  opened: null,
  evidence: 0,
  granted: [],
  assessed: [],
  closed: false,
};
