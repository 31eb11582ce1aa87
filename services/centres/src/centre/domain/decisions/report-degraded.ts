import { DecisionContext } from '@muster/event-sourcing';
import { ReportDegraded } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { CentreStatusChanged } from '../centre.events';
import { CentreState } from '../centre.state';
import { changeStatus } from './status-transitions';

/** ReportDegraded: an operational centre works with limits (no power, road cut…), at least one named. */
export function reportDegraded(
  command: ReportDegraded,
  state: CentreState,
  { now }: DecisionContext,
): CentreStatusChanged[] {
  if (command.reasons.length === 0) throw E.degradationReasonRequired();
  const reasons = [...new Set(command.reasons)];
  return changeStatus(state, { kind: 'degraded', reasons, note: command.note.trim() }, command.since, 'since', now);
}
