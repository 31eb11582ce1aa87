import { DomainEvent } from './event';

/** What a decision may know beyond the command and the state: the clock is passed in, never read. */
export interface DecisionContext {
  readonly now: Date;
}

/**
 * The functional event-sourcing decider: pure, framework-free. State must be plain JSON data so that it can be
 * snapshotted and compared.
 */
export interface Decider<Command, State, Event extends DomainEvent> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: DecisionContext): readonly Event[];
}

export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<unknown, State, Event>, 'evolve'>,
  state: State,
  events: readonly Event[],
): State {
  return events.reduce((s, e) => decider.evolve(s, e), state);
}

/** Makes a switch exhaustive: a new event or command type that is not handled fails to compile. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
