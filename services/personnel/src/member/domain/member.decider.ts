import type { Role } from '@muster/contracts';
import { DecisionContext, Decider, unreachable } from '@muster/event-sourcing';
import { IsoDate, dateOf, requireIsoDate, requireNotInFuture } from '../../shared/calendar-date';
import { checkedVetting, requireRoles, requireSealedIdentity, requireText } from './common-rules';
import { Actor, MemberCommand } from './member.commands';
import { MemberErrors as E } from './member.errors';
import { DepartureReason, MemberEvent, MemberOrigin, MemberRole, RecordCorrection } from './member.events';

export type MemberStatus =
  'prospective' | 'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';

export interface Assignment {
  readonly centreId: string;
  readonly from: IsoDate;
  readonly until: IsoDate | null;
  readonly reason: string;
}

/** The member as the decider needs it: plain JSON, no identity in clear (only the key id and whether it is erased). */
export interface MemberState {
  readonly status: MemberStatus;
  readonly memberId: string | null;
  readonly callSign: string | null;
  readonly appliedOn: IsoDate | null;
  readonly identity: { readonly keyId: string; readonly erased: boolean } | null;
  readonly vetting: {
    readonly outcome: 'cleared' | 'rejected';
    readonly vettedBy: string;
    readonly vettedOn: IsoDate;
  } | null;
  readonly origin: MemberOrigin | null;
  readonly startedOn: IsoDate | null;
  readonly roles: readonly MemberRole[];
  readonly assignments: readonly Assignment[];
  readonly probationEndsOn: IsoDate | null;
  readonly suspendedSince: IsoDate | null;
  readonly leave: { readonly from: IsoDate; readonly until: IsoDate } | null;
  readonly injuries: readonly {
    readonly injuredOn: IsoDate;
    readonly inLineOfDuty: boolean;
    readonly incidentRef: string | null;
  }[];
  readonly death: { readonly diedOn: IsoDate; readonly incidentRef: string } | null;
  readonly departure: { readonly departedOn: IsoDate; readonly reason: DepartureReason } | null;
}

export const initialMemberState: MemberState = {
  status: 'prospective',
  memberId: null,
  callSign: null,
  appliedOn: null,
  identity: null,
  vetting: null,
  origin: null,
  startedOn: null,
  roles: [],
  assignments: [],
  probationEndsOn: null,
  suspendedSince: null,
  leave: null,
  injuries: [],
  death: null,
  departure: null,
};

/** The centre the member is assigned to now, if any. */
export function currentCentreOf(state: MemberState): string | null {
  const last = state.assignments[state.assignments.length - 1];
  return last && last.until === null ? last.centreId : null;
}

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
          { centreId: event.data.toCentreId, from: event.data.effectiveOn, until: null, reason: event.data.reason },
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

// ---------------------------------------------------------------------------------------------------------------
// Guards shared by several commands.

const IN_SERVICE: readonly MemberStatus[] = ['active', 'suspended', 'on-leave'];

/** Refuses a closed record (death, departure, rejection) and a record that does not exist. */
function requireOpenRecord(state: MemberState): void {
  switch (state.status) {
    case 'prospective':
      throw E.notFound();
    case 'rejected':
      throw E.applicationRejected();
    case 'killed':
      throw E.deceased();
    case 'departed':
      throw E.departed();
    case 'applied':
    case 'cleared':
    case 'active':
    case 'suspended':
    case 'on-leave':
      return;
    default:
      return unreachable(state.status);
  }
}

function requireInService(state: MemberState): void {
  requireOpenRecord(state);
  if (!IN_SERVICE.includes(state.status)) throw E.notOnboarded();
}

/**
 * The date that closes a record (death, departure), whether recorded or corrected: a real date, not in the future,
 * not before the member started nor before their last assignment began.
 */
function checkFinalDate(date: unknown, field: string, state: MemberState, now: Date): asserts date is IsoDate {
  requireIsoDate(date, field);
  requireNotInFuture(date, field, now);
  if (state.startedOn !== null && date < state.startedOn) throw E.dateBeforeStart(field);
  const since = state.assignments[state.assignments.length - 1]?.from;
  if (since !== undefined && date < since) throw E.dateBeforeLastAssignment(field, since);
}

/** Muster has no HR-manager role: appointing a centre commander and dismissing a member are reserved to admins. */
const SENIOR_AUTHORITY: readonly Role[] = ['admin'];
function hasSeniorAuthority(actor: Actor): boolean {
  return actor.roles.some((r) => SENIOR_AUTHORITY.includes(r));
}

function sameRoles(a: readonly MemberRole[], b: readonly MemberRole[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

// ---------------------------------------------------------------------------------------------------------------

function decide(command: MemberCommand, state: MemberState, { now }: DecisionContext): MemberEvent[] {
  switch (command.type) {
    case 'ApplyForMembership': {
      if (state.status !== 'prospective') throw E.alreadyExists();
      const callSign = requireText(command.callSign, E.callSignRequired);
      const rolesSought = requireRoles(command.rolesSought);
      requireSealedIdentity(command.identity);
      requireIsoDate(command.appliedOn, 'appliedOn');
      return [
        {
          type: 'MemberApplied',
          data: {
            memberId: command.memberId,
            callSign,
            rolesSought,
            preferredCentreId: command.preferredCentreId,
            identity: { keyId: command.identity.keyId, sealed: { ...command.identity.sealed } },
            appliedOn: command.appliedOn,
          },
        },
      ];
    }

    case 'VetApplicant': {
      requireOpenRecord(state);
      if (state.status === 'cleared') throw E.alreadyVetted('cleared');
      if (state.status !== 'applied') throw E.alreadyOnboarded();
      const { vettedBy, notes } = checkedVetting(command);
      return [
        { type: 'MemberVetted', data: { outcome: command.outcome, vettedBy, vettedOn: command.vettedOn, notes } },
      ];
    }

    case 'OnboardMember': {
      requireOpenRecord(state);
      if (state.status === 'applied') throw E.notCleared();
      if (state.status !== 'cleared') throw E.alreadyOnboarded();
      const centreId = requireText(command.centreId, E.centreRequired);
      const roles = requireRoles(command.roles);
      if (roles.includes('centre-commander') && !hasSeniorAuthority(command.actor))
        throw E.commanderAppointmentForbidden();
      requireIsoDate(command.startsOn, 'startsOn');
      if (state.appliedOn !== null && command.startsOn < state.appliedOn) throw E.startBeforeApplication();
      const probationEndsOn = command.origin.probationEndsOn;
      if (probationEndsOn !== null) {
        requireIsoDate(probationEndsOn, 'origin.probationEndsOn');
        if (probationEndsOn <= command.startsOn) throw E.probationEndsBeforeStart();
      }
      return [
        { type: 'MemberOnboarded', data: { centreId, roles, startsOn: command.startsOn, origin: command.origin } },
      ];
    }

    case 'TransferMember': {
      requireInService(state);
      if (state.status === 'suspended') throw E.suspended();
      const toCentreId = requireText(command.toCentreId, E.centreRequired);
      requireIsoDate(command.effectiveOn, 'effectiveOn');
      const reason = requireText(command.reason, () => E.reasonRequired('reason'));
      const fromCentreId = currentCentreOf(state) ?? '';
      if (toCentreId === fromCentreId) throw E.transferToSameCentre();
      const since = state.assignments[state.assignments.length - 1]?.from;
      if (since !== undefined && command.effectiveOn < since) throw E.transferBeforeCurrentAssignment(since);
      return [
        { type: 'MemberTransferred', data: { fromCentreId, toCentreId, effectiveOn: command.effectiveOn, reason } },
      ];
    }

    case 'ChangeMemberRoles': {
      requireInService(state);
      if (state.status === 'suspended') throw E.suspended();
      const roles = requireRoles(command.roles);
      requireIsoDate(command.effectiveOn, 'effectiveOn');
      const reason = requireText(command.reason, () => E.reasonRequired('reason'));
      if (sameRoles(roles, state.roles)) throw E.rolesUnchanged();
      const appointsCommander = roles.includes('centre-commander') && !state.roles.includes('centre-commander');
      if (appointsCommander && !hasSeniorAuthority(command.actor)) throw E.commanderAppointmentForbidden();
      return [
        {
          type: 'MemberRolesChanged',
          data: { previousRoles: [...state.roles], roles, effectiveOn: command.effectiveOn, reason },
        },
      ];
    }

    case 'SuspendMember': {
      requireInService(state);
      if (state.status === 'suspended') throw E.alreadySuspended();
      if (state.status === 'on-leave') throw E.onLeave();
      requireIsoDate(command.since, 'since');
      const reason = requireText(command.reason, () => E.reasonRequired('reason'));
      return [{ type: 'MemberSuspended', data: { since: command.since, reason } }];
    }

    case 'ReinstateMember': {
      requireInService(state);
      if (state.status !== 'suspended') throw E.notSuspended();
      requireIsoDate(command.reinstatedOn, 'reinstatedOn');
      if (state.suspendedSince !== null && command.reinstatedOn < state.suspendedSince)
        throw E.reinstatementBeforeSuspension();
      return [
        { type: 'MemberReinstated', data: { reinstatedOn: command.reinstatedOn, notes: (command.notes ?? '').trim() } },
      ];
    }

    case 'StartLeave': {
      requireInService(state);
      if (state.status === 'on-leave') throw E.alreadyOnLeave();
      if (state.status === 'suspended') throw E.suspended();
      requireIsoDate(command.from, 'from');
      requireIsoDate(command.until, 'until');
      if (command.until < command.from) throw E.leaveEndsBeforeItStarts();
      const reason = requireText(command.reason, () => E.reasonRequired('reason'));
      return [{ type: 'MemberWentOnLeave', data: { from: command.from, until: command.until, reason } }];
    }

    case 'ReturnFromLeave': {
      requireInService(state);
      if (state.status !== 'on-leave' || state.leave === null) throw E.notOnLeave();
      requireIsoDate(command.returnedOn, 'returnedOn');
      if (command.returnedOn < state.leave.from) throw E.returnBeforeLeaveStarted();
      return [{ type: 'MemberReturnedFromLeave', data: { returnedOn: command.returnedOn } }];
    }

    case 'RecordInjury': {
      requireInService(state);
      requireIsoDate(command.injuredOn, 'injuredOn');
      requireNotInFuture(command.injuredOn, 'injuredOn', now);
      const incidentRef = command.incidentRef?.trim() || null;
      if (command.inLineOfDuty && incidentRef === null) throw E.incidentRefRequired();
      return [
        {
          type: 'MemberInjured',
          data: {
            injuredOn: command.injuredOn,
            inLineOfDuty: command.inLineOfDuty,
            incidentRef,
            description: (command.description ?? '').trim(),
          },
        },
      ];
    }

    case 'RecordDeathInLineOfDuty': {
      requireInService(state);
      checkFinalDate(command.diedOn, 'diedOn', state, now);
      const incidentRef = requireText(command.incidentRef, E.incidentRefRequired);
      return [
        {
          type: 'MemberKilledInLineOfDuty',
          data: {
            diedOn: command.diedOn,
            incidentRef,
            centreId: currentCentreOf(state) ?? '',
            roles: [...state.roles],
            circumstances: (command.circumstances ?? '').trim(),
          },
        },
      ];
    }

    case 'RecordDeparture': {
      requireInService(state);
      checkFinalDate(command.departedOn, 'departedOn', state, now);
      if (command.reason === 'dismissed' && !hasSeniorAuthority(command.actor)) {
        throw E.dismissalForbidden();
      }
      const notes = (command.notes ?? '').trim();
      if (command.reason === 'dismissed' && notes.length === 0) throw E.reasonRequired('notes');
      return [{ type: 'MemberDeparted', data: { departedOn: command.departedOn, reason: command.reason, notes } }];
    }

    case 'ReviewProbation': {
      requireInService(state);
      if (state.probationEndsOn === null) throw E.notOnProbation();
      requireIsoDate(command.reviewedOn, 'reviewedOn');
      const outcome = command.outcome;
      switch (outcome.kind) {
        case 'confirm':
          return [
            {
              type: 'MemberProbationConfirmed',
              data: { confirmedOn: command.reviewedOn, notes: (outcome.notes ?? '').trim() },
            },
          ];
        case 'extend': {
          requireIsoDate(outcome.newEndsOn, 'outcome.newEndsOn');
          if (outcome.newEndsOn <= state.probationEndsOn) throw E.probationExtensionNotLater(state.probationEndsOn);
          const reason = requireText(outcome.reason, () => E.reasonRequired('outcome.reason'));
          return [
            {
              type: 'MemberProbationExtended',
              data: { previousEndsOn: state.probationEndsOn, newEndsOn: outcome.newEndsOn, reason },
            },
          ];
        }
        case 'end': {
          const reason = requireText(outcome.reason, () => E.reasonRequired('outcome.reason'));
          return [
            { type: 'MemberProbationEnded', data: { endedOn: command.reviewedOn, reason } },
            {
              type: 'MemberDeparted',
              data: { departedOn: command.reviewedOn, reason: 'probation-ended', notes: reason },
            },
          ];
        }
        default:
          return unreachable(outcome);
      }
    }

    case 'UpdateIdentity': {
      requireOpenRecord(state);
      if (state.identity?.erased) throw E.identityErased();
      requireSealedIdentity(command.identity);
      if (command.identity.keyId !== state.identity?.keyId) throw E.identityKeyMismatch();
      return [
        {
          type: 'MemberIdentityUpdated',
          data: { identity: { keyId: command.identity.keyId, sealed: { ...command.identity.sealed } } },
        },
      ];
    }

    case 'EraseIdentity': {
      // Allowed on closed records too: erasure protects the person (and the families of the fallen) long after
      // service ends, and the operational history stays readable.
      if (state.status === 'prospective' || state.identity === null) throw E.notFound();
      if (state.identity.erased) throw E.identityAlreadyErased();
      const reason = requireText(command.reason, () => E.reasonRequired('reason'));
      return [{ type: 'MemberIdentityErased', data: { keyId: state.identity.keyId, erasedOn: dateOf(now), reason } }];
    }

    case 'CorrectRecord': {
      if (!hasSeniorAuthority(command.actor)) throw E.adminRoleRequired();
      if (state.status === 'prospective') throw E.notFound();
      const reason = requireText(command.reason, () => E.reasonRequired('reason'));
      const c = command.correction;
      let correction: RecordCorrection = c;
      switch (c.kind) {
        case 'call-sign':
          correction = { kind: 'call-sign', callSign: requireText(c.callSign, E.callSignRequired) };
          break;
        case 'death-record':
          if (state.status !== 'killed') throw E.nothingToCorrect(c.kind);
          checkFinalDate(c.diedOn, 'correction.diedOn', state, now);
          correction = { ...c, incidentRef: requireText(c.incidentRef, E.incidentRefRequired) };
          break;
        case 'departure-record':
          if (state.status !== 'departed') throw E.nothingToCorrect(c.kind);
          checkFinalDate(c.departedOn, 'correction.departedOn', state, now);
          break;
        case 'final-status-revoked':
          if (state.status !== 'killed' && state.status !== 'departed') throw E.nothingToCorrect(c.kind);
          break;
        default:
          return unreachable(c);
      }
      return [{ type: 'MemberRecordCorrected', data: { correction, reason, correctedBy: command.actor.id } }];
    }

    default:
      return unreachable(command);
  }
}

export const memberDecider: Decider<MemberCommand, MemberState, MemberEvent> = {
  initialState: initialMemberState,
  evolve,
  decide,
};
