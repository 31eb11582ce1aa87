/**
 * How a rule was broken, which the HTTP layer maps to a status: a state conflict (409), something unknown (404),
 * a violated business rule (422), an act outside the actor's authority (403).
 */
export type DomainErrorKind = 'conflict' | 'not-found' | 'rule' | 'forbidden';

/** A named refusal from a decider. `code` is stable (clients switch on it); `message` is for a person. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'conflict',
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
