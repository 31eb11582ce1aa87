import { DecisionContext, Decider, unreachable } from '@muster/event-sourcing';
import { CentreCommand } from './centre.commands';
import { CentreEvent } from './centre.events';
import { CentreState, initialCentreState } from './centre.state';
import { appointCommander } from './decisions/appoint-commander';
import { clearHazard } from './decisions/clear-hazard';
import { closeCentre } from './decisions/close-centre';
import { commissionCentre } from './decisions/commission-centre';
import { cordonHazard } from './decisions/cordon-hazard';
import { decideRebuild } from './decisions/decide-rebuild';
import { registerCentre } from './decisions/register-centre';
import { relocateCentre } from './decisions/relocate-centre';
import { reopenCentre } from './decisions/reopen-centre';
import { reportDegraded } from './decisions/report-degraded';
import { reportHazard } from './decisions/report-hazard';
import { reportIncident } from './decisions/report-incident';
import { restoreCentre } from './decisions/restore-centre';
import { updateCentreDetails } from './decisions/update-centre-details';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: CentreState, event: CentreEvent): CentreState {
  switch (event.type) {
    case 'CentreRegistered':
      return { ...state, centreId: event.data.centreId, status: event.data.status };
    case 'CentreDetailsRecorded':
      // The rules never read type, capacity or power supply: the profile does.
      return state;
    case 'CentreSiteEstablished':
      return { ...state, site: event.data.site };
    case 'CentreRelocated':
      return { ...state, site: event.data.to, siteSince: event.data.relocatedOn };
    case 'CentreCommanderAppointed':
      return { ...state, commander: { memberId: event.data.memberId, since: event.data.appointedOn } };
    case 'CentreStatusChanged':
      return { ...state, status: event.data.status, statusSince: event.data.since };
    case 'HazardReported':
      return {
        ...state,
        hazards: {
          ...state.hazards,
          [event.data.hazardId]: { reportedOn: event.data.reportedOn, cordonedOn: null, cleared: false },
        },
      };
    case 'HazardCordoned':
      return withHazard(state, event.data.hazardId, { cordonedOn: event.data.cordonedOn });
    case 'HazardCleared':
      return withHazard(state, event.data.hazardId, { cleared: true });
    default:
      return unreachable(event);
  }
}

function withHazard(
  state: CentreState,
  hazardId: string,
  change: Partial<CentreState['hazards'][string]>,
): CentreState {
  const hazard = state.hazards[hazardId];
  return hazard ? { ...state, hazards: { ...state.hazards, [hazardId]: { ...hazard, ...change } } } : state;
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: CentreCommand, state: CentreState, context: DecisionContext): CentreEvent[] {
  switch (command.type) {
    case 'RegisterCentre':
      return registerCentre(command, state);
    case 'UpdateCentreDetails':
      return updateCentreDetails(command, state);
    case 'RelocateCentre':
      return relocateCentre(command, state, context);
    case 'AppointCommander':
      return appointCommander(command, state);
    case 'CommissionCentre':
      return commissionCentre(command, state, context);
    case 'ReportDegraded':
      return reportDegraded(command, state, context);
    case 'RestoreCentre':
      return restoreCentre(command, state, context);
    case 'ReportIncident':
      return reportIncident(command, state, context);
    case 'CloseCentre':
      return closeCentre(command, state, context);
    case 'ReopenCentre':
      return reopenCentre(command, state, context);
    case 'DecideRebuild':
      return decideRebuild(command, state, context);
    case 'ReportHazard':
      return reportHazard(command, state, context);
    case 'CordonHazard':
      return cordonHazard(command, state, context);
    case 'ClearHazard':
      return clearHazard(command, state, context);
    default:
      return unreachable(command);
  }
}

export const centreDecider: Decider<CentreCommand, CentreState, CentreEvent> = {
  initialState: initialCentreState,
  evolve,
  decide,
};
