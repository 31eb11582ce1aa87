import { PersonalText, ProtectedIdentityRef } from '../../identity/domain/sealed-payload';
import { IsoDate } from '@muster/event-sourcing';
import { MemberRole } from '../../member/domain/member.events';
import { PriorService } from './crew-intake.events';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them. crew-intake.decider.ts re-exports all of it.

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
  readonly notes: PersonalText;
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
