import { Decider, unreachable } from '@muster/event-sourcing';
import { ProtectedIdentityRef } from '../../identity/sealed-payload';
import { IsoDate, addMonths, isPartialDate, requireIsoDate } from '../../shared/calendar-date';
import { checkedVetting, requireRoles, requireSealedIdentity, requireText } from '../../member/domain/common-rules';
import { MEMBER_ROLES, MemberRole } from '../../member/domain/member.events';
import { CrewIntakeCommand } from './crew-intake.commands';
import { CrewIntakeErrors as E } from './crew-intake.errors';
import { CrewIntakeEvent, PriorService } from './crew-intake.events';
import { mapPriorService } from './rank-mapping';

export interface IntakePerson {
  readonly personId: string;
  readonly callSign: string;
  readonly identity: ProtectedIdentityRef;
  readonly priorService: readonly PriorService[];
  readonly vetting: IntakeVetting | null;
  readonly roles: readonly MemberRole[] | null;
}

export interface IntakeVetting {
  readonly outcome: 'cleared' | 'rejected';
  readonly vettedBy: string;
  readonly vettedOn: IsoDate;
  readonly notes: string;
}

export interface CrewIntakeState {
  readonly status: 'none' | 'open' | 'completed' | 'cancelled';
  readonly intakeId: string | null;
  readonly receivingCentreId: string | null;
  readonly openedOn: IsoDate | null;
  /** In the order they were added. */
  readonly people: readonly IntakePerson[];
  readonly completion: { readonly completedOn: IsoDate; readonly probationEndsOn: IsoDate } | null;
}

export const initialCrewIntakeState: CrewIntakeState = {
  status: 'none',
  intakeId: null,
  receivingCentreId: null,
  openedOn: null,
  people: [],
  completion: null,
};

function updatePerson(state: CrewIntakeState, personId: string, change: Partial<IntakePerson>): CrewIntakeState {
  return { ...state, people: state.people.map((p) => (p.personId === personId ? { ...p, ...change } : p)) };
}

function evolve(state: CrewIntakeState, event: CrewIntakeEvent): CrewIntakeState {
  switch (event.type) {
    case 'CrewIntakeOpened':
      return {
        ...state,
        status: 'open',
        intakeId: event.data.intakeId,
        receivingCentreId: event.data.receivingCentreId,
        openedOn: event.data.openedOn,
      };
    case 'IntakePersonAdded':
      return {
        ...state,
        people: [
          ...state.people,
          {
            personId: event.data.personId,
            callSign: event.data.callSign,
            identity: event.data.identity,
            priorService: event.data.priorService,
            vetting: null,
            roles: null,
          },
        ],
      };
    case 'IntakePersonVetted':
      return updatePerson(state, event.data.personId, {
        vetting: {
          outcome: event.data.outcome,
          vettedBy: event.data.vettedBy,
          vettedOn: event.data.vettedOn,
          notes: event.data.notes,
        },
      });
    case 'IntakePersonRolesMapped':
      return updatePerson(state, event.data.personId, { roles: event.data.roles });
    case 'CrewIntakeCompleted':
      return {
        ...state,
        status: 'completed',
        completion: { completedOn: event.data.completedOn, probationEndsOn: event.data.probationEndsOn },
      };
    case 'CrewIntakeCancelled':
      return { ...state, status: 'cancelled' };
    default:
      return unreachable(event);
  }
}

function requireOpen(state: CrewIntakeState): void {
  switch (state.status) {
    case 'none':
      throw E.notFound();
    case 'completed':
      throw E.alreadyCompleted();
    case 'cancelled':
      throw E.cancelled();
    case 'open':
      return;
    default:
      return unreachable(state.status);
  }
}

function requirePerson(state: CrewIntakeState, personId: string): IntakePerson {
  const person = state.people.find((p) => p.personId === personId);
  if (!person) throw E.personNotFound(personId);
  return person;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function requirePartialDate(value: unknown, field: string): string {
  if (!isPartialDate(value)) throw E.invalidPartialDate(field, value);
  return value;
}

function checkedPriorService(entries: readonly PriorService[]): PriorService[] {
  if (!Array.isArray(entries) || entries.length === 0) throw E.priorServiceRequired();
  return entries.map((entry, i) => {
    const organisation = text(entry.organisation);
    const rankOrRole = text(entry.rankOrRole);
    if (!organisation || !rankOrRole) throw E.priorServiceIncomplete(i);
    const from = requirePartialDate(entry.from, `priorService[${i}].from`);
    const to = entry.to === null ? null : requirePartialDate(entry.to, `priorService[${i}].to`);
    // Compare at the precision both share: 2015 vs 2015-03 is fine, 2016-01 vs 2015 is not.
    if (to !== null && to.slice(0, from.length) < from.slice(0, to.length)) throw E.priorServiceEndsBeforeItStarts(i);
    return { organisation, rankOrRole, from, to };
  });
}

function decide(command: CrewIntakeCommand, state: CrewIntakeState): CrewIntakeEvent[] {
  switch (command.type) {
    case 'OpenCrewIntake': {
      if (state.status !== 'none') throw E.alreadyOpened();
      const sourceOrganisation = text(command.sourceOrganisation);
      const unitName = text(command.unitName);
      const receivingCentreId = text(command.receivingCentreId);
      if (!sourceOrganisation) throw E.detailsRequired('sourceOrganisation');
      if (!unitName) throw E.detailsRequired('unitName');
      if (!receivingCentreId) throw E.detailsRequired('receivingCentreId');
      requireIsoDate(command.openedOn, 'openedOn');
      return [
        {
          type: 'CrewIntakeOpened',
          data: {
            intakeId: command.intakeId,
            sourceOrganisation,
            unitName,
            receivingCentreId,
            openedOn: command.openedOn,
          },
        },
      ];
    }

    case 'AddIntakePerson': {
      requireOpen(state);
      if (state.people.some((p) => p.personId === command.personId)) throw E.personAlreadyAdded(command.personId);
      const callSign = requireText(command.callSign, E.callSignRequired);
      requireSealedIdentity(command.identity);
      const keyId = command.identity.keyId;
      if (state.people.some((p) => p.identity.keyId === keyId)) throw E.duplicateIdentity(keyId);
      const priorService = checkedPriorService(command.priorService);
      return [
        {
          type: 'IntakePersonAdded',
          data: {
            personId: command.personId,
            callSign,
            identity: { keyId, sealed: { ...command.identity.sealed } },
            priorService,
          },
        },
      ];
    }

    case 'VetIntakePerson': {
      requireOpen(state);
      const person = requirePerson(state, command.personId);
      if (person.vetting !== null) throw E.personAlreadyVetted(person.personId, person.vetting.outcome);
      const { vettedBy, notes } = checkedVetting(command);
      return [
        {
          type: 'IntakePersonVetted',
          data: { personId: person.personId, outcome: command.outcome, vettedBy, vettedOn: command.vettedOn, notes },
        },
      ];
    }

    case 'MapPriorRanks': {
      requireOpen(state);
      const person = requirePerson(state, command.personId);
      if (person.vetting?.outcome === 'rejected') throw E.personRejected(person.personId);
      const table = mapPriorService(person.priorService);
      const mapping = table.entries.map((e) => ({ ...e, roles: [...e.roles] }));
      if (command.override === null) {
        if (table.roles.length === 0) throw E.unmappedPriorRank(table.unmapped);
        return [
          {
            type: 'IntakePersonRolesMapped',
            data: {
              personId: person.personId,
              mapping,
              roles: table.roles,
              source: 'default-table',
              overrideReason: null,
            },
          },
        ];
      }
      const chosen = requireRoles(command.override.roles);
      if (chosen.includes('centre-commander')) throw E.commanderNotByMapping();
      const reason = requireText(command.override.reason, () => E.reasonRequired('override.reason'));
      return [
        {
          type: 'IntakePersonRolesMapped',
          data: {
            personId: person.personId,
            mapping,
            roles: MEMBER_ROLES.filter((r) => chosen.includes(r)),
            source: 'override',
            overrideReason: reason,
          },
        },
      ];
    }

    case 'CompleteCrewIntake': {
      // A retried completion (e.g. after a crash while making the members) records nothing more.
      if (state.status === 'completed') return [];
      requireOpen(state);
      if (state.people.length === 0) throw E.noPeople();
      const unvetted = state.people.filter((p) => p.vetting === null).map((p) => p.personId);
      if (unvetted.length > 0) throw E.unvettedPeople(unvetted);
      const cleared = state.people.filter((p) => p.vetting?.outcome === 'cleared');
      const unmapped = cleared.filter((p) => p.roles === null).map((p) => p.personId);
      if (unmapped.length > 0) throw E.unmappedPeople(unmapped);
      requireIsoDate(command.completedOn, 'completedOn');
      if (state.openedOn !== null && command.completedOn < state.openedOn) throw E.completionBeforeOpening();
      const months = command.probationMonths;
      if (!Number.isInteger(months) || months < 1 || months > 24) throw E.invalidProbationPeriod(months);
      return [
        {
          type: 'CrewIntakeCompleted',
          data: {
            completedOn: command.completedOn,
            receivingCentreId: state.receivingCentreId ?? '',
            probationEndsOn: addMonths(command.completedOn, months),
            cleared: cleared.map((p) => ({
              personId: p.personId,
              callSign: p.callSign,
              identity: p.identity,
              roles: [...(p.roles ?? [])],
            })),
            rejectedPersonIds: state.people.filter((p) => p.vetting?.outcome === 'rejected').map((p) => p.personId),
          },
        },
      ];
    }

    case 'CancelCrewIntake': {
      requireOpen(state);
      requireIsoDate(command.cancelledOn, 'cancelledOn');
      const reason = requireText(command.reason, () => E.reasonRequired('reason'));
      return [{ type: 'CrewIntakeCancelled', data: { cancelledOn: command.cancelledOn, reason } }];
    }

    default:
      return unreachable(command);
  }
}

export const crewIntakeDecider: Decider<CrewIntakeCommand, CrewIntakeState, CrewIntakeEvent> = {
  initialState: initialCrewIntakeState,
  evolve,
  decide,
};
