import { DomainError } from '@muster/event-sourcing';

/** Readiness' refusals: each code is stable, each message is for a person. */
export const ReadinessErrors = {
  asOfInFuture: (asOf: string) =>
    new DomainError('READINESS_AS_OF_IN_FUTURE', `Readiness is known up to now, not on ${asOf}`, 'rule', { asOf }),
};
