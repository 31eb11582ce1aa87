import { defineEventCatalogue } from '@muster/event-sourcing';
import { RecognitionCaseEvent } from './recognition-case.events';

/** A recognition case's stream: every event type it holds and the schema version it is written with. */
export const recognitionCaseCatalogue = defineEventCatalogue<RecognitionCaseEvent>({
  streamType: 'recognitioncase',
  schemaVersions: {
    RecognitionCaseOpened: 1,
    RecognitionEvidenceRecorded: 1,
    RecognitionGranted: 1,
    RecognitionAssessmentRequired: 1,
    RecognitionCaseClosed: 1,
  },
  upcasters: [],
});
