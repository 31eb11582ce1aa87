import { ProtectedIdentityRef } from '../../../identity/domain/sealed-payload';
import { AddIntakePerson } from '../crew-intake.commands';
import { PriorService } from '../crew-intake.events';
import { spec, sealedFor, firefighterService, opened, added, cancelled, readyToComplete } from './spec-support';

const add = (personId: string, priorService: PriorService[] = firefighterService): AddIntakePerson => ({
  type: 'AddIntakePerson',
  personId,
  callSign: `Cedar-${personId}`,
  identity: sealedFor(`key-${personId}`),
  priorService,
});

describe('AddIntakePerson', () => {
  it('adds a person with prior service and a sealed identity', () => {
    spec
      .given([opened])
      .when(add('p1'))
      .then([added('p1', firefighterService)]);
  });
  it('refuses the same person twice, or two people with the same identity key', () => {
    spec
      .given([opened, added('p1', firefighterService)])
      .when(add('p1'))
      .thenThrows('INTAKE_PERSON_ALREADY_ADDED');
    spec
      .given([opened, added('p1', firefighterService)])
      .when({ ...add('p2'), identity: sealedFor('key-p1') })
      .thenThrows('INTAKE_DUPLICATE_IDENTITY');
  });
  it('refuses a clear identity, no call-sign, no or incomplete prior service, and service ending before it starts', () => {
    spec
      .given([opened])
      .when({ ...add('p1'), identity: { keyId: 'k', sealed: { name: 'Ahmad' } } as unknown as ProtectedIdentityRef })
      .thenThrows('IDENTITY_NOT_SEALED');
    spec
      .given([opened])
      .when({ ...add('p1'), callSign: '' })
      .thenThrows('CALL_SIGN_REQUIRED');
    spec.given([opened]).when(add('p1', [])).thenThrows('PRIOR_SERVICE_REQUIRED');
    spec
      .given([opened])
      .when(add('p1', [{ organisation: '', rankOrRole: 'Firefighter', from: '2012', to: null }]))
      .thenThrows('PRIOR_SERVICE_INCOMPLETE');
    spec
      .given([opened])
      .when(add('p1', [{ organisation: 'Brigade', rankOrRole: 'Firefighter', from: '2019-06', to: '2012' }]))
      .thenThrows('PRIOR_SERVICE_ENDS_BEFORE_IT_STARTS');
    spec
      .given([opened])
      .when(add('p1', [{ organisation: 'Brigade', rankOrRole: 'Firefighter', from: 'spring 2012', to: null }]))
      .thenThrows('INVALID_DATE');
  });
  it('refuses a prior-service date with a month or day that does not exist', () => {
    for (const from of ['2015-13', '2015-00', '2015-13-45', '2015-02-30']) {
      spec
        .given([opened])
        .when(add('p1', [{ organisation: 'Brigade', rankOrRole: 'Firefighter', from, to: null }]))
        .thenThrows('INVALID_DATE');
    }
  });
  it('accepts service ending in the year it started, at mixed precision', () => {
    const sameYear: PriorService[] = [{ organisation: 'Brigade', rankOrRole: 'Driver', from: '2019-06', to: '2019' }];
    spec
      .given([opened])
      .when(add('p1', sameYear))
      .then([added('p1', sameYear)]);
  });
  it('refuses adding to an intake that does not exist, is complete or cancelled', () => {
    spec.given([]).when(add('p1')).thenThrows('INTAKE_NOT_FOUND');
    spec
      .given([
        ...readyToComplete,
        {
          type: 'CrewIntakeCompleted',
          data: {
            intakeId: 'crew-intake-9',
            openedOn: '2025-01-10',
            completedOn: '2025-02-01',
            receivingCentreId: 'c',
            probationEndsOn: '2025-08-01',
            cleared: [],
            rejectedPersonIds: [],
          },
        },
      ])
      .when(add('p3'))
      .thenThrows('INTAKE_ALREADY_COMPLETED');
    spec.given([opened, cancelled]).when(add('p3')).thenThrows('INTAKE_CANCELLED');
  });
});
