import {
  BaseTransferCancelled,
  BaseTransferStarted,
  CentreBaseTransferCompleted,
  CentreRegistered,
  CentreStatusChanged,
} from './centres';
import {
  ItemIssued,
  ItemRecovered,
  ItemReturned,
  VehicleArrived,
  VehicleDispatched,
  VehicleRegistered,
  VehicleStatusChanged,
  VehicleTransferDeclined,
} from './equipment';
import {
  CrewIntakeCompleted,
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
} from './personnel';
import {
  CertificationAwarded,
  CertificationExpired,
  CertificationRenewed,
  CertificationReinstated,
  CertificationRevoked,
  CertificationSuspended,
  InductionCompleted,
} from './training';
import { IntegrationEvent } from './integration-event';

/**
 * Every integration event contract, for what must see them all: the docs generator (docs/events.md,
 * docs/asyncapi.yaml) and its drift test. A new contract is added here as well as defined.
 */
export const INTEGRATION_EVENTS: readonly IntegrationEvent[] = Object.freeze([
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
  CrewIntakeCompleted,
  CentreRegistered,
  CentreStatusChanged,
  BaseTransferStarted,
  BaseTransferCancelled,
  CentreBaseTransferCompleted,
  VehicleRegistered,
  VehicleStatusChanged,
  VehicleDispatched,
  VehicleArrived,
  VehicleTransferDeclined,
  ItemIssued,
  ItemReturned,
  ItemRecovered,
  CertificationAwarded,
  CertificationRenewed,
  CertificationExpired,
  CertificationRevoked,
  CertificationSuspended,
  CertificationReinstated,
  InductionCompleted,
]);
