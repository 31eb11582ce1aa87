import { defineAggregate } from '@muster/platform';
import { crewIntakeDecider } from './domain/crew-intake.decider';
import { CrewIntakeErrors } from './domain/crew-intake.errors';
import { crewIntakeCatalogue } from './domain/crew-intake.catalogue';

/** The crew intake's one command path. */
export const crewIntakeAggregate = defineAggregate({
  catalogue: crewIntakeCatalogue,
  decider: crewIntakeDecider,
  notFound: CrewIntakeErrors.notFound,
});
