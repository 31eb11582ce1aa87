import { DecisionContext, Decider, fold } from './decider';
import { DomainEvent } from './event';

export interface DeciderSpecification<Command, Event extends DomainEvent> {
  given(events: readonly Event[]): {
    when(
      command: Command,
      context?: DecisionContext,
    ): {
      then(expected: readonly Event[]): void;
      thenThrows(code: string): void;
    };
  };
}

/**
 * given(past events).when(command).then(new events) — or thenThrows(error code). Used by every decider's spec, so a
 * rule is read as a sentence and tested without any infrastructure.
 */
export function deciderSpec<Command, State, Event extends DomainEvent>(
  decider: Decider<Command, State, Event>,
  defaultContext: DecisionContext = { now: new Date('2026-01-15T09:00:00Z') },
): DeciderSpecification<Command, Event> {
  return {
    given: (events) => ({
      when: (command, context = defaultContext) => {
        const decide = (): readonly Event[] =>
          decider.decide(command, fold(decider, decider.initialState, events), context);
        return {
          then: (expected) => expect(decide()).toEqual(expected),
          thenThrows: (code) => expect(decide).toThrow(expect.objectContaining({ code })),
        };
      },
    }),
  };
}
