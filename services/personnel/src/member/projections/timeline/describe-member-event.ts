import { unreachable } from '@muster/event-sourcing';
import { PersonalText } from '../../../identity';
import { MemberEvent } from '../../domain/member.events';

const list = (roles: readonly string[]): string => roles.join(', ');

/** The free text about the member an event carries (each carries one at most), sealed or as it was recorded. */
export function personalTextOf(event: MemberEvent): PersonalText | null {
  switch (event.type) {
    case 'MemberVetted':
    case 'MemberReinstated':
    case 'MemberDeparted':
    case 'MemberProbationConfirmed':
      return event.data.notes;
    case 'MemberTransferred':
    case 'MemberRolesChanged':
    case 'MemberSuspended':
    case 'MemberWentOnLeave':
    case 'MemberProbationExtended':
    case 'MemberProbationEnded':
    case 'MemberRecordCorrected':
      return event.data.reason;
    case 'MemberIdentityUpdated':
      return event.data.reason ?? null;
    case 'MemberInjured':
      return event.data.description;
    case 'MemberKilledInLineOfDuty':
      return event.data.circumstances;
    default:
      return null;
  }
}

/**
 * One line of a member's history, for people. Never any part of the legal identity (only that it changed). `text` is
 * the event's free text opened (`personalTextOf`), or null once erased with the member's key.
 */
export function describeMemberEvent(event: MemberEvent, text: string | null): string {
  const why = text ?? '[erased]';
  switch (event.type) {
    case 'MemberApplied':
      return `Applied as "${event.data.callSign}" on ${event.data.appliedOn}, seeking: ${list(event.data.rolesSought)}`;
    case 'MemberVetted':
      return event.data.outcome === 'cleared'
        ? `Vetted and cleared on ${event.data.vettedOn}`
        : `Vetted and rejected on ${event.data.vettedOn}: ${why}`;
    case 'MemberOnboarded':
      return event.data.origin.kind === 'integrated-crew'
        ? `Joined with an integrated crew on ${event.data.startsOn} at centre ${event.data.centreId} as ${list(event.data.roles)}, on probation until ${event.data.origin.probationEndsOn}`
        : `Onboarded on ${event.data.startsOn} at centre ${event.data.centreId} as ${list(event.data.roles)}${event.data.origin.probationEndsOn ? `, on probation until ${event.data.origin.probationEndsOn}` : ''}`;
    case 'MemberTransferred':
      return `Transferred from centre ${event.data.fromCentreId} to centre ${event.data.toCentreId} on ${event.data.effectiveOn}: ${why}`;
    case 'MemberRolesChanged':
      return `Roles changed on ${event.data.effectiveOn} from ${list(event.data.previousRoles)} to ${list(event.data.roles)}: ${why}`;
    case 'MemberSuspended':
      return `Suspended from ${event.data.since}: ${why}`;
    case 'MemberReinstated':
      return `Reinstated on ${event.data.reinstatedOn}`;
    case 'MemberWentOnLeave':
      return `On leave from ${event.data.from} until ${event.data.until}: ${why}`;
    case 'MemberReturnedFromLeave':
      return `Returned from leave on ${event.data.returnedOn}`;
    case 'MemberInjured':
      return `Injured on ${event.data.injuredOn}${event.data.inLineOfDuty ? ` in the line of duty (incident ${event.data.incidentRef})` : ''}`;
    case 'MemberKilledInLineOfDuty':
      return `Killed in the line of duty on ${event.data.diedOn} (incident ${event.data.incidentRef}), serving at centre ${event.data.centreId}`;
    case 'MemberDeparted':
      return `Left the organisation on ${event.data.departedOn} (${event.data.reason})`;
    case 'MemberProbationConfirmed':
      return `Probation completed and confirmed on ${event.data.confirmedOn}`;
    case 'MemberProbationExtended':
      return `Probation extended from ${event.data.previousEndsOn} to ${event.data.newEndsOn}: ${why}`;
    case 'MemberProbationEnded':
      return `Probation ended on ${event.data.endedOn}: ${why}`;
    case 'MemberIdentityUpdated':
      return 'Legal identity updated';
    case 'MemberIdentityErased':
      return `Legal identity erased on ${event.data.erasedOn}: ${event.data.reason}`;
    case 'MemberRecordCorrected':
      return `Record corrected (${event.data.correction.kind}): ${why}`;
    default:
      return unreachable(event);
  }
}
