import { deterministicUuid } from '@muster/event-sourcing';
import { defineAggregate } from '@muster/platform';
import { certificationCatalogue } from './domain/certification.catalogue';
import { certificationDecider } from './domain/certification.decider';
import { CertificationErrors } from './domain/certification.errors';

/** The certification's one command path. */
export const certificationAggregate = defineAggregate({
  catalogue: certificationCatalogue,
  decider: certificationDecider,
  notFound: CertificationErrors.notFound,
});

/** A certification's id: from its issuing body and number, so a number given twice lands on the same stream. */
export const certificationIdOf = (issuingBody: string, number: string): string =>
  deterministicUuid('certification', issuingBody, number);
