import { defineAggregate } from '@muster/platform';
import { recognitionCaseCatalogue } from './domain/recognition-case.catalogue';
import { recognitionCaseDecider } from './domain/recognition-case.decider';
import { RecognitionCaseErrors } from './domain/recognition-case.errors';

/** The recognition case's one command path. */
export const recognitionCaseAggregate = defineAggregate({
  catalogue: recognitionCaseCatalogue,
  decider: recognitionCaseDecider,
  notFound: RecognitionCaseErrors.notFound,
});
