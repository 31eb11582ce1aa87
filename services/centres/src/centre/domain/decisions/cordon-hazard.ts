import { DecisionContext } from '@muster/event-sourcing';
import { CordonHazard } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { HazardCordoned } from '../centre.events';
import { CentreState } from '../centre.state';
import { openHazard, requirePastDate } from './guards';

/** CordonHazard: an open hazard is cordoned off, once, no earlier than it was reported. */
export function cordonHazard(command: CordonHazard, state: CentreState, { now }: DecisionContext): HazardCordoned[] {
  const hazard = openHazard(state, command.hazardId);
  if (hazard.cordonedOn !== null) throw E.hazardAlreadyCordoned();
  const cordonedOn = requirePastDate(command.cordonedOn, 'cordonedOn', now);
  if (cordonedOn < hazard.reportedOn) throw E.hazardDateTooEarly('cordonedOn', hazard.reportedOn);
  return [
    {
      type: 'HazardCordoned',
      data: { hazardId: command.hazardId, cordonedOn, note: command.note.trim(), cordonedBy: command.cordonedBy },
    },
  ];
}
