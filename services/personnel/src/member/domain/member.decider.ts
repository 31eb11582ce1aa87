import { DecisionContext, Decider, unreachable } from '@muster/event-sourcing';
import { IsoDate } from '@muster/event-sourcing';
import { applyForMembership } from './decisions/apply-for-membership';
import { changeMemberRoles } from './decisions/change-member-roles';
import { correctRecord } from './decisions/correct-record';
import { eraseIdentity } from './decisions/erase-identity';
import { onboardMember } from './decisions/onboard-member';
import { recordDeathInLineOfDuty } from './decisions/record-death-in-line-of-duty';
import { recordDeparture } from './decisions/record-departure';
import { recordInjury } from './decisions/record-injury';
import { reinstateMember } from './decisions/reinstate-member';
import { returnFromLeave } from './decisions/return-from-leave';
import { reviewProbation } from './decisions/review-probation';
import { startLeave } from './decisions/start-leave';
import { suspendMember } from './decisions/suspend-member';
import { transferMember } from './decisions/transfer-member';
import { updateIdentity } from './decisions/update-identity';
import { vetApplicant } from './decisions/vet-applicant';
import { MemberCommand } from './member.commands';
import { MemberEvent } from './member.events';
import { Assignment, MemberState, initialMemberState } from './member.state';

// The state is defined in member.state.ts (the decisions read it too); this file stays its public address.
export { currentCentreOf, initialMemberState } from './member.state';
export type { Assignment, MemberState, MemberStatus } from './member.state';

function closeCurrentAssignment(assignments: readonly Assignment[], until: IsoDate): Assignment[] {
  return assignments.map((a, i) => (i === assignments.length - 1 && a.until === null ? { ...a, until } : a));
}

/** A corrected death or departure date also corrects the day the last assignment closed on. */
function moveLastClosingDate(assignments: readonly Assignment[], until: IsoDate): Assignment[] {
  return assignments.map((a, i) => (i === assignments.length - 1 ? { ...a, until } : a));
}

function evolve(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case 'MemberApplied':
      return {
        ...state,
        status: 'applied',
        memberId: event.data.memberId,
        callSign: event.data.callSign,
        appliedOn: event.data.appliedOn,
        identity: { keyId: event.data.identity.keyId, erased: false },
      };
    case 'MemberVetted':
      return {
        ...state,
        status: event.data.outcome,
        vetting: { outcome: event.data.outcome, vettedBy: event.data.vettedBy, vettedOn: event.data.vettedOn },
      };
    case 'MemberOnboarded':
      return {
        ...state,
        status: 'active',
        origin: event.data.origin,
        startedOn: event.data.startsOn,
        roles: event.data.roles,
        assignments: [{ centreId: event.data.centreId, from: event.data.startsOn, until: null, reason: 'onboarded' }],
        probationEndsOn: event.data.origin.probationEndsOn,
      };
    case 'MemberTransferred':
      return {
        ...state,
        assignments: [
          ...closeCurrentAssignment(state.assignments, event.data.effectiveOn),
          { centreId: event.data.toCentreId, from: event.data.effectiveOn, until: null, reason: 'transferred' },
        ],
      };
    case 'MemberRolesChanged':
      return { ...state, roles: event.data.roles };
    case 'MemberSuspended':
      return { ...state, status: 'suspended', suspendedSince: event.data.since };
    case 'MemberReinstated':
      return { ...state, status: 'active', suspendedSince: null };
    case 'MemberWentOnLeave':
      return { ...state, status: 'on-leave', leave: { from: event.data.from, until: event.data.until } };
    case 'MemberReturnedFromLeave':
      return { ...state, status: 'active', leave: null };
    case 'MemberInjured':
      return {
        ...state,
        injuries: [
          ...state.injuries,
          {
            injuredOn: event.data.injuredOn,
            inLineOfDuty: event.data.inLineOfDuty,
            incidentRef: event.data.incidentRef,
          },
        ],
      };
    case 'MemberKilledInLineOfDuty':
      return {
        ...state,
        status: 'killed',
        death: { diedOn: event.data.diedOn, incidentRef: event.data.incidentRef },
        assignments: closeCurrentAssignment(state.assignments, event.data.diedOn),
        leave: null,
        suspendedSince: null,
        probationEndsOn: null,
      };
    case 'MemberDeparted':
      return {
        ...state,
        status: 'departed',
        departure: { departedOn: event.data.departedOn, reason: event.data.reason },
        assignments: closeCurrentAssignment(state.assignments, event.data.departedOn),
        leave: null,
        suspendedSince: null,
        probationEndsOn: null,
      };
    case 'MemberProbationConfirmed':
      return { ...state, probationEndsOn: null };
    case 'MemberProbationExtended':
      return { ...state, probationEndsOn: event.data.newEndsOn };
    case 'MemberProbationEnded':
      return { ...state, probationEndsOn: null };
    case 'MemberIdentityUpdated':
      return state;
    case 'MemberIdentityErased':
      return { ...state, identity: state.identity && { ...state.identity, erased: true } };
    case 'MemberRecordCorrected': {
      const c = event.data.correction;
      switch (c.kind) {
        case 'call-sign':
          return { ...state, callSign: c.callSign };
        case 'death-record':
          return {
            ...state,
            death: { diedOn: c.diedOn, incidentRef: c.incidentRef },
            assignments: moveLastClosingDate(state.assignments, c.diedOn),
          };
        case 'departure-record':
          return {
            ...state,
            departure: { departedOn: c.departedOn, reason: c.reason },
            assignments: moveLastClosingDate(state.assignments, c.departedOn),
          };
        case 'final-status-revoked': {
          // Reopen the last assignment: the member returns to the centre they were recorded at.
          const last = state.assignments[state.assignments.length - 1];
          const assignments = last ? [...state.assignments.slice(0, -1), { ...last, until: null }] : state.assignments;
          return { ...state, status: 'active', death: null, departure: null, assignments };
        }
        default:
          return unreachable(c);
      }
    }
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: MemberCommand, state: MemberState, ctx: DecisionContext): MemberEvent[] {
  switch (command.type) {
    case 'ApplyForMembership':
      return applyForMembership(command, state);
    case 'VetApplicant':
      return vetApplicant(command, state);
    case 'OnboardMember':
      return onboardMember(command, state);
    case 'TransferMember':
      return transferMember(command, state);
    case 'ChangeMemberRoles':
      return changeMemberRoles(command, state);
    case 'SuspendMember':
      return suspendMember(command, state);
    case 'ReinstateMember':
      return reinstateMember(command, state);
    case 'StartLeave':
      return startLeave(command, state);
    case 'ReturnFromLeave':
      return returnFromLeave(command, state);
    case 'RecordInjury':
      return recordInjury(command, state, ctx);
    case 'RecordDeathInLineOfDuty':
      return recordDeathInLineOfDuty(command, state, ctx);
    case 'RecordDeparture':
      return recordDeparture(command, state, ctx);
    case 'ReviewProbation':
      return reviewProbation(command, state);
    case 'UpdateIdentity':
      return updateIdentity(command, state);
    case 'EraseIdentity':
      return eraseIdentity(command, state, ctx);
    case 'CorrectRecord':
      return correctRecord(command, state, ctx);
    default:
      return unreachable(command);
  }
}

export const memberDecider: Decider<MemberCommand, MemberState, MemberEvent> = {
  initialState: initialMemberState,
  evolve,
  decide,
};
