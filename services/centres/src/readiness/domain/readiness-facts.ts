import { Static } from '@sinclair/typebox';
import {
  CertificationAwarded,
  CertificationExpired,
  CertificationRenewed,
  CertificationReinstated,
  CertificationRevoked,
  CertificationSuspended,
  EventEnvelope,
  IntegrationEvent,
  MemberDeparted,
  MemberInjured,
  MemberKilledInLineOfDuty,
  MemberOnboarded,
  MemberReinstated,
  MemberReturnedFromLeave,
  MemberRolesChanged,
  MemberSuspended,
  MemberTransferred,
  MemberWentOnLeave,
  ServiceName,
  VehicleArrived,
  VehicleDispatched,
  VehicleRegistered,
  VehicleStatusChanged,
} from '@muster/contracts';
import { IsoDate, RecordedOf } from '@muster/event-sourcing';
import { centreCatalogue } from '../../centre/domain/centre.catalogue';
import { CentreEvent, CentreStatus, HazardSeverity } from '../../centre/domain/centre.events';

/**
 * The other services' events readiness follows. Personnel's `CentreBaseTransferCompleted` reaction republishes each
 * moved member as `MemberTransferred`, so the transfer itself is not followed (it would move members twice).
 */
export const FOLLOWED_CONTRACTS = [
  MemberOnboarded,
  MemberTransferred,
  MemberRolesChanged,
  MemberSuspended,
  MemberReinstated,
  MemberWentOnLeave,
  MemberReturnedFromLeave,
  MemberInjured,
  MemberKilledInLineOfDuty,
  MemberDeparted,
  VehicleRegistered,
  VehicleStatusChanged,
  VehicleDispatched,
  VehicleArrived,
  CertificationAwarded,
  CertificationRenewed,
  CertificationExpired,
  CertificationRevoked,
  CertificationSuspended,
  CertificationReinstated,
] as const;

type Followed = (typeof FOLLOWED_CONTRACTS)[number];
type FactOf<C> = C extends IntegrationEvent<infer T, infer D> ? { readonly type: T; readonly data: Static<D> } : never;

/** The centres service's own events readiness follows, reduced to what it reads. */
export type CentreFact =
  | { readonly type: 'CentreRegistered'; readonly data: { centreId: string; code: string; status: CentreStatus } }
  | { readonly type: 'CentreStatusChanged'; readonly data: { centreId: string; status: CentreStatus } }
  | {
      readonly type: 'HazardReported';
      readonly data: { centreId: string; hazardId: string; severity: HazardSeverity };
    }
  | { readonly type: 'HazardCleared'; readonly data: { centreId: string; hazardId: string } };

export type FactEvent = FactOf<Followed> | CentreFact;
export type SubjectKind = 'member' | 'certification' | 'vehicle' | 'centre' | 'hazard';

/**
 * One dated fact of the log: an event, reduced to its contract's data, about one subject, taking effect at `at`
 * (an ISO instant). Facts of a subject are taken in the order (at, order, seq): `order` is the event's position in
 * its own stream, so two facts of one day keep the order in which they were recorded.
 */
export type ReadinessFact = FactEvent & {
  readonly eventId: string;
  readonly source: ServiceName;
  readonly kind: SubjectKind;
  readonly subjectId: string;
  readonly at: string;
  readonly order: number;
};

/** A calendar date's fact takes effect at the start of that day (UTC). */
export const startOf = (date: IsoDate): string => `${date}T00:00:00.000Z`;
const instant = (timestamp: string): string => new Date(timestamp).toISOString();

const streamSubject = (streamId: string): string => streamId.slice(streamId.indexOf('-') + 1);

/** Where and when a followed event takes effect: its subject and instant. */
function placeOf(
  event: FactOf<Followed>,
  envelope: EventEnvelope,
): { kind: SubjectKind; subjectId: string; at: string } {
  const member = (at: string) => ({ kind: 'member' as const, subjectId: streamSubject(envelope.streamId), at });
  const certification = (subjectId: string, at: string) => ({ kind: 'certification' as const, subjectId, at });
  const vehicle = (subjectId: string, at: string) => ({ kind: 'vehicle' as const, subjectId, at });
  switch (event.type) {
    case 'MemberOnboarded':
      return member(startOf(event.data.startsOn));
    case 'MemberTransferred':
    case 'MemberRolesChanged':
      return member(startOf(event.data.effectiveOn));
    case 'MemberSuspended':
      return member(startOf(event.data.since));
    case 'MemberReinstated':
      return member(startOf(event.data.reinstatedOn));
    case 'MemberWentOnLeave':
      return member(startOf(event.data.from));
    case 'MemberReturnedFromLeave':
      return member(startOf(event.data.returnedOn));
    case 'MemberInjured':
      return member(startOf(event.data.injuredOn));
    case 'MemberKilledInLineOfDuty':
      return member(startOf(event.data.diedOn));
    case 'MemberDeparted':
      return member(startOf(event.data.departedOn));
    case 'VehicleRegistered':
    case 'VehicleStatusChanged':
      return vehicle(event.data.vehicleId, instant(envelope.occurredAt));
    case 'VehicleDispatched':
      return vehicle(event.data.vehicleId, instant(event.data.dispatchedAt));
    case 'VehicleArrived':
      return vehicle(event.data.vehicleId, instant(event.data.arrivedAt));
    case 'CertificationAwarded':
      return certification(event.data.certificationId, startOf(event.data.issuedOn));
    // The contract carries no renewal date: the day it was recorded stands for it.
    case 'CertificationRenewed':
      return certification(event.data.certificationId, startOf(envelope.occurredAt.slice(0, 10)));
    case 'CertificationExpired':
      return certification(event.data.certificationId, startOf(event.data.expiredOn));
    case 'CertificationRevoked':
      return certification(event.data.certificationId, startOf(event.data.revokedOn));
    case 'CertificationSuspended':
      return certification(event.data.certificationId, startOf(event.data.suspendedOn));
    case 'CertificationReinstated':
      return certification(event.data.certificationId, startOf(event.data.reinstatedOn));
  }
}

const contractsByType: ReadonlyMap<string, Followed> = new Map(FOLLOWED_CONTRACTS.map((c) => [c.type, c]));

/**
 * Another service's envelope as a fact; a string saying why when its data breaks the contract (the consumer
 * dead-letters it rather than count something it cannot read).
 */
export function factOfEnvelope(envelope: EventEnvelope): ReadinessFact | string {
  const contract = contractsByType.get(envelope.type);
  if (!contract) return `${envelope.type} is not followed by readiness`;
  const data = contract.parse(envelope.data);
  if (!data)
    return `${envelope.type} ${envelope.id} breaks its contract: ${contract.problems(envelope.data).join('; ')}`;
  const event = { type: contract.type, data } as FactOf<Followed>;
  return {
    ...event,
    ...placeOf(event, envelope),
    eventId: envelope.id,
    source: envelope.source,
    order: envelope.streamVersion,
  };
}

/** One of the centre's own events as a fact (null for those readiness does not read). */
export function factOfCentreEvent(event: RecordedOf<CentreEvent>): ReadinessFact | null {
  const centreId = centreCatalogue.idOf(event.streamId);
  const own = { eventId: event.id, source: 'centres' as const, order: event.streamVersion };
  switch (event.type) {
    case 'CentreRegistered': {
      const { code, status } = event.data;
      // The register holds no other date for the registration: the instant it was recorded stands for it.
      const at = instant(event.occurredAt);
      return { ...own, kind: 'centre', subjectId: centreId, at, type: event.type, data: { centreId, code, status } };
    }
    case 'CentreStatusChanged': {
      const { status, since } = event.data;
      return {
        ...own,
        kind: 'centre',
        subjectId: centreId,
        at: startOf(since),
        type: event.type,
        data: { centreId, status },
      };
    }
    case 'HazardReported': {
      const { hazardId, severity, reportedOn } = event.data;
      const data = { centreId, hazardId, severity };
      return { ...own, kind: 'hazard', subjectId: hazardId, at: startOf(reportedOn), type: event.type, data };
    }
    case 'HazardCleared': {
      const { hazardId, clearedOn } = event.data;
      const data = { centreId, hazardId };
      return { ...own, kind: 'hazard', subjectId: hazardId, at: startOf(clearedOn), type: event.type, data };
    }
    default:
      return null;
  }
}
