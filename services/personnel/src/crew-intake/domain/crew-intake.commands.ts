import { PersonalText, ProtectedIdentityRef } from '../../identity/domain/sealed-payload';
import { IsoDate } from '@muster/event-sourcing';
import { MemberRole } from '../../member/domain/member.events';
import { PriorService } from './crew-intake.events';

export type OpenCrewIntake = {
  type: 'OpenCrewIntake';
  intakeId: string;
  sourceOrganisation: string;
  unitName: string;
  receivingCentreId: string;
  openedOn: IsoDate;
};
export type AddIntakePerson = {
  type: 'AddIntakePerson';
  personId: string;
  callSign: string;
  /** Sealed by the application layer with the person's own data key (the member's key, after onboarding). */
  identity: ProtectedIdentityRef;
  priorService: readonly PriorService[];
};
export type VetIntakePerson = {
  type: 'VetIntakePerson';
  personId: string;
  outcome: 'cleared' | 'rejected';
  vettedBy: string;
  vettedOn: IsoDate;
  notes: PersonalText;
};
/** Maps the person's prior ranks with the default table, or with roles chosen by HR (and why). */
export type MapPriorRanks = {
  type: 'MapPriorRanks';
  personId: string;
  override: { readonly roles: readonly MemberRole[]; readonly reason: PersonalText } | null;
};
export type CompleteCrewIntake = { type: 'CompleteCrewIntake'; completedOn: IsoDate; probationMonths: number };
export type CancelCrewIntake = { type: 'CancelCrewIntake'; cancelledOn: IsoDate; reason: string };

export type CrewIntakeCommand =
  OpenCrewIntake | AddIntakePerson | VetIntakePerson | MapPriorRanks | CompleteCrewIntake | CancelCrewIntake;
