import { fold } from '@muster/event-sourcing';
import { deciderSpec } from '@muster/event-sourcing/testing';
import { ProtectedIdentityRef } from '../../identity/sealed-payload';
import {
  AddIntakePerson,
  CancelCrewIntake,
  CompleteCrewIntake,
  CrewIntakeCommand,
  MapPriorRanks,
  OpenCrewIntake,
  VetIntakePerson,
} from './crew-intake.commands';
import { crewIntakeDecider } from './crew-intake.decider';
import { CrewIntakeEvent, PriorService } from './crew-intake.events';

const spec = deciderSpec(crewIntakeDecider);

const sealedFor = (keyId: string): ProtectedIdentityRef => ({
  keyId,
  sealed: {
    v: 1,
    alg: 'AES-256-GCM',
    iv: Buffer.alloc(12, 3).toString('base64'),
    tag: Buffer.alloc(16, 4).toString('base64'),
    ciphertext: Buffer.from(`sealed ${keyId}`).toString('base64'),
  },
});

const firefighterService: PriorService[] = [
  { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Firefighter', from: '2012', to: '2019-06' },
  { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Fire engine driver', from: '2019-06', to: null },
];
const officerService: PriorService[] = [
  { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Lieutenant', from: '2010-01-01', to: '2024-12-08' },
];
const clerkService: PriorService[] = [
  { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Clerk', from: '2015', to: null },
];

// ---- events
const opened: CrewIntakeEvent = {
  type: 'CrewIntakeOpened',
  data: {
    intakeId: 'crew-intake-9',
    sourceOrganisation: 'Aleppo Civil Fire Brigade',
    unitName: 'Station 3 crew',
    receivingCentreId: 'centre-aleppo-outpost',
    openedOn: '2025-01-10',
  },
};
const added = (personId: string, priorService: PriorService[], callSign = `Cedar-${personId}`): CrewIntakeEvent => ({
  type: 'IntakePersonAdded',
  data: { personId, callSign, identity: sealedFor(`key-${personId}`), priorService },
});
const vetted = (personId: string, outcome: 'cleared' | 'rejected'): CrewIntakeEvent => ({
  type: 'IntakePersonVetted',
  data: {
    personId,
    outcome,
    vettedBy: 'user-vetter',
    vettedOn: '2025-01-20',
    notes: outcome === 'rejected' ? 'Abuses reported by residents' : '',
  },
});
const mappedByTable: CrewIntakeEvent = {
  type: 'IntakePersonRolesMapped',
  data: {
    personId: 'p1',
    mapping: [
      { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Firefighter', roles: ['firefighter'] },
      { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Fire engine driver', roles: ['firefighter', 'driver'] },
    ],
    roles: ['firefighter', 'driver'],
    source: 'default-table',
    overrideReason: null,
  },
};
const officerMapped: CrewIntakeEvent = {
  type: 'IntakePersonRolesMapped',
  data: {
    personId: 'p2',
    mapping: [{ organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Lieutenant', roles: ['team-leader'] }],
    roles: ['team-leader'],
    source: 'default-table',
    overrideReason: null,
  },
};

// ---- commands
const open: OpenCrewIntake = {
  type: 'OpenCrewIntake',
  intakeId: 'crew-intake-9',
  sourceOrganisation: ' Aleppo Civil Fire Brigade ',
  unitName: 'Station 3 crew',
  receivingCentreId: 'centre-aleppo-outpost',
  openedOn: '2025-01-10',
};
const add = (personId: string, priorService: PriorService[] = firefighterService): AddIntakePerson => ({
  type: 'AddIntakePerson',
  personId,
  callSign: `Cedar-${personId}`,
  identity: sealedFor(`key-${personId}`),
  priorService,
});
const vet = (personId: string, outcome: 'cleared' | 'rejected', notes = ''): VetIntakePerson => ({
  type: 'VetIntakePerson',
  personId,
  outcome,
  vettedBy: 'user-vetter',
  vettedOn: '2025-01-20',
  notes,
});
const map = (personId: string, override: MapPriorRanks['override'] = null): MapPriorRanks => ({
  type: 'MapPriorRanks',
  personId,
  override,
});
const complete = (probationMonths = 6, completedOn = '2025-02-01'): CompleteCrewIntake => ({
  type: 'CompleteCrewIntake',
  completedOn,
  probationMonths,
});
const cancel: CancelCrewIntake = { type: 'CancelCrewIntake', cancelledOn: '2025-01-15', reason: 'Unit dispersed' };

const withTwo = [opened, added('p1', firefighterService), added('p2', officerService)];
const readyToComplete = [...withTwo, vetted('p1', 'cleared'), mappedByTable, vetted('p2', 'cleared'), officerMapped];

describe('crew intake decider', () => {
  describe('OpenCrewIntake', () => {
    it('opens an intake for a unit from another organisation', () => {
      spec.given([]).when(open).then([opened]);
    });
    it('refuses opening twice and missing details', () => {
      spec.given([opened]).when(open).thenThrows('INTAKE_ALREADY_OPENED');
      spec
        .given([])
        .when({ ...open, sourceOrganisation: '' })
        .thenThrows('INTAKE_DETAILS_REQUIRED');
      spec
        .given([])
        .when({ ...open, unitName: ' ' })
        .thenThrows('INTAKE_DETAILS_REQUIRED');
      spec
        .given([])
        .when({ ...open, receivingCentreId: '' })
        .thenThrows('INTAKE_DETAILS_REQUIRED');
      spec
        .given([])
        .when({ ...open, openedOn: '10/01/2025' })
        .thenThrows('INVALID_DATE');
    });
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
      spec
        .given([opened, { type: 'CrewIntakeCancelled', data: { cancelledOn: '2025-01-15', reason: 'x' } }])
        .when(add('p3'))
        .thenThrows('INTAKE_CANCELLED');
    });
  });

  describe('VetIntakePerson', () => {
    it('clears and rejects people one by one', () => {
      spec
        .given(withTwo)
        .when(vet('p1', 'cleared'))
        .then([vetted('p1', 'cleared')]);
      spec
        .given(withTwo)
        .when(vet('p2', 'rejected', 'Abuses reported by residents'))
        .then([vetted('p2', 'rejected')]);
    });
    it('refuses an unknown person, vetting twice, a rejection without notes and a nameless vetter', () => {
      spec.given(withTwo).when(vet('p9', 'cleared')).thenThrows('INTAKE_PERSON_NOT_FOUND');
      spec
        .given([...withTwo, vetted('p1', 'cleared')])
        .when(vet('p1', 'rejected', 'x'))
        .thenThrows('INTAKE_PERSON_ALREADY_VETTED');
      spec.given(withTwo).when(vet('p1', 'rejected')).thenThrows('VETTING_NOTES_REQUIRED');
      spec
        .given(withTwo)
        .when({ ...vet('p1', 'cleared'), vettedBy: '' })
        .thenThrows('VETTER_REQUIRED');
    });
  });

  describe('MapPriorRanks', () => {
    it('maps prior ranks with the default table, recording the mapping', () => {
      spec.given(withTwo).when(map('p1')).then([mappedByTable]);
      spec
        .given([...withTwo, vetted('p2', 'cleared')])
        .when(map('p2'))
        .then([officerMapped]);
    });
    it('takes HR’s override, keeping what the table said', () => {
      spec
        .given(withTwo)
        .when(map('p1', { roles: ['rescuer', 'firefighter', 'rescuer'], reason: 'Did rubble rescue in 2016–2020' }))
        .then([
          {
            type: 'IntakePersonRolesMapped',
            data: {
              ...mappedByTable.data,
              roles: ['rescuer', 'firefighter'],
              source: 'override',
              overrideReason: 'Did rubble rescue in 2016–2020',
            },
          } as CrewIntakeEvent,
        ]);
    });
    it('may be redone before completion', () => {
      spec
        .given([...withTwo, mappedByTable])
        .when(map('p1'))
        .then([mappedByTable]);
    });
    it('refuses a rank the table does not know unless overridden', () => {
      const withClerk = [opened, added('p3', clerkService)];
      spec.given(withClerk).when(map('p3')).thenThrows('UNMAPPED_PRIOR_RANK');
      spec
        .given(withClerk)
        .when(map('p3', { roles: ['radio-operator'], reason: 'Ran the station radio' }))
        .then([
          {
            type: 'IntakePersonRolesMapped',
            data: {
              personId: 'p3',
              mapping: [{ organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Clerk', roles: [] }],
              roles: ['radio-operator'],
              source: 'override',
              overrideReason: 'Ran the station radio',
            },
          },
        ]);
    });
    it('refuses a rejected person, an unknown person, and bad overrides', () => {
      spec
        .given([...withTwo, vetted('p2', 'rejected')])
        .when(map('p2'))
        .thenThrows('INTAKE_PERSON_REJECTED');
      spec.given(withTwo).when(map('p9')).thenThrows('INTAKE_PERSON_NOT_FOUND');
      spec
        .given(withTwo)
        .when(map('p1', { roles: [], reason: 'x' }))
        .thenThrows('ROLES_REQUIRED');
      spec
        .given(withTwo)
        .when(map('p1', { roles: ['general' as never], reason: 'x' }))
        .thenThrows('UNKNOWN_ROLE');
      spec
        .given(withTwo)
        .when(map('p2', { roles: ['centre-commander'], reason: 'Was station chief' }))
        .thenThrows('COMMANDER_NOT_BY_MAPPING');
      spec
        .given(withTwo)
        .when(map('p1', { roles: ['rescuer'], reason: ' ' }))
        .thenThrows('REASON_REQUIRED');
    });
  });

  describe('CompleteCrewIntake', () => {
    it('completes when everyone is vetted, yielding the cleared people with their roles and probation end', () => {
      const given = [
        ...withTwo,
        added('p3', clerkService),
        vetted('p1', 'cleared'),
        mappedByTable,
        vetted('p2', 'cleared'),
        officerMapped,
        vetted('p3', 'rejected'),
      ];
      spec
        .given(given)
        .when(complete(6))
        .then([
          {
            type: 'CrewIntakeCompleted',
            data: {
              completedOn: '2025-02-01',
              receivingCentreId: 'centre-aleppo-outpost',
              probationEndsOn: '2025-08-01',
              cleared: [
                {
                  personId: 'p1',
                  callSign: 'Cedar-p1',
                  identity: sealedFor('key-p1'),
                  roles: ['firefighter', 'driver'],
                },
                { personId: 'p2', callSign: 'Cedar-p2', identity: sealedFor('key-p2'), roles: ['team-leader'] },
              ],
              rejectedPersonIds: ['p3'],
            },
          },
        ]);
    });
    it('clamps the probation end to the month’s last day', () => {
      const [event] = crewIntakeDecider.decide(
        complete(1, '2025-01-31'),
        fold(crewIntakeDecider, crewIntakeDecider.initialState, readyToComplete),
        { now: new Date() },
      );
      expect(event?.type === 'CrewIntakeCompleted' && event.data.probationEndsOn).toBe('2025-02-28');
    });
    it('refuses while anyone is unvetted or a cleared person is unmapped, and with nobody in it', () => {
      spec
        .given([...withTwo, vetted('p1', 'cleared'), mappedByTable])
        .when(complete())
        .thenThrows('INTAKE_HAS_UNVETTED_PEOPLE');
      spec
        .given([...withTwo, vetted('p1', 'cleared'), vetted('p2', 'cleared'), officerMapped])
        .when(complete())
        .thenThrows('INTAKE_HAS_UNMAPPED_PEOPLE');
      spec.given([opened]).when(complete()).thenThrows('INTAKE_HAS_NO_PEOPLE');
    });
    it('refuses a probation that is not 1–24 whole months, and a completion before the opening', () => {
      spec.given(readyToComplete).when(complete(0)).thenThrows('INVALID_PROBATION_PERIOD');
      spec.given(readyToComplete).when(complete(2.5)).thenThrows('INVALID_PROBATION_PERIOD');
      spec.given(readyToComplete).when(complete(25)).thenThrows('INVALID_PROBATION_PERIOD');
      spec.given(readyToComplete).when(complete(6, '2025-01-01')).thenThrows('COMPLETION_BEFORE_OPENING');
    });
    it('appends nothing when completing an already completed intake (a retry), and refuses after cancellation', () => {
      const completed = crewIntakeDecider.decide(
        complete(),
        fold(crewIntakeDecider, crewIntakeDecider.initialState, readyToComplete),
        { now: new Date() },
      );
      spec
        .given([...readyToComplete, ...completed])
        .when(complete())
        .then([]);
      spec
        .given([...readyToComplete, ...completed])
        .when(complete(12, '2025-03-01'))
        .then([]);
      spec
        .given([...readyToComplete, { type: 'CrewIntakeCancelled', data: { cancelledOn: '2025-01-15', reason: 'x' } }])
        .when(complete())
        .thenThrows('INTAKE_CANCELLED');
    });
  });

  describe('CancelCrewIntake', () => {
    it('cancels an open intake', () => {
      spec
        .given(withTwo)
        .when(cancel)
        .then([{ type: 'CrewIntakeCancelled', data: { cancelledOn: '2025-01-15', reason: 'Unit dispersed' } }]);
    });
    it('refuses without a reason, twice, after completion, or for no intake', () => {
      const cancelled: CrewIntakeEvent = {
        type: 'CrewIntakeCancelled',
        data: { cancelledOn: '2025-01-15', reason: 'x' },
      };
      spec
        .given(withTwo)
        .when({ ...cancel, reason: '' })
        .thenThrows('REASON_REQUIRED');
      spec
        .given([...withTwo, cancelled])
        .when(cancel)
        .thenThrows('INTAKE_CANCELLED');
      const completed = crewIntakeDecider.decide(
        complete(),
        fold(crewIntakeDecider, crewIntakeDecider.initialState, readyToComplete),
        { now: new Date() },
      );
      spec
        .given([...readyToComplete, ...completed])
        .when(cancel)
        .thenThrows('INTAKE_ALREADY_COMPLETED');
      spec.given([]).when(cancel).thenThrows('INTAKE_NOT_FOUND');
    });
  });

  it('refuses vetting and mapping once the intake is closed', () => {
    const cancelled: CrewIntakeEvent = {
      type: 'CrewIntakeCancelled',
      data: { cancelledOn: '2025-01-15', reason: 'x' },
    };
    const commands: CrewIntakeCommand[] = [vet('p1', 'cleared'), map('p1')];
    for (const c of commands)
      spec
        .given([...withTwo, cancelled])
        .when(c)
        .thenThrows('INTAKE_CANCELLED');
  });
});
