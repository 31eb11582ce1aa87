import { deterministicUuid } from '@muster/event-sourcing';

/** One case per person of an intake, under an id derived from both: a redelivered intake finds the case opened. */
export const recognitionCaseId = (intakeId: string, memberId: string): string =>
  deterministicUuid('recognition-case', intakeId, memberId);
